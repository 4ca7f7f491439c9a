// The verdict in words on the live score panel (rules §11): never 达标 for anything but
// `meets`; an incomplete profile reads "资料未填完 · 目前 N 分（暂估）". The result's headline and its
// notes are headline.ts (a lazy chunk's), the thin margin thin-margin.ts.
import type { Assessment, Finding } from '../../engine/types'
import type { Translate } from './explain'

/** The short status beside the big number of the score panel (the total is shown apart). */
export function panelStatusText(t: Translate, a: Assessment): string {
  if (a.ruleset === null) return t('wizard.score.notCovered')
  switch (a.status) {
    case 'vetoed':
      return t('wizard.score.vetoed')
    case 'incomplete':
      return t('wizard.verdict.incomplete', { total: a.total })
    case 'notEligible':
      return t('wizard.verdict.panel.notEligible')
    case 'meets':
      return a.total > a.threshold ? t('wizard.score.metBy', { over: a.total - a.threshold }) : t('wizard.score.met')
    case 'below':
      return t('wizard.score.toGo', { gap: a.threshold - a.total })
  }
}

export const finding = (a: Assessment, code: Finding['code']) => a.findings.find((f) => f.code === code)

