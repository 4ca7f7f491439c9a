// The verdict in words (contract §3a): every screen that shows a score says its `status`, never
// 达标 for anything but `meets`. Also the thin margin as the person can act on it ("your base is
// only 0.5 % above the 1× line") and the date from which an applicant who cannot apply yet can.
import { monthIndexOf } from '../../engine/dates'
import type { Profile } from '../../engine/schema'
import type { Assessment, Finding } from '../../engine/types'
import { referenceWage } from '../../engine/wages'
import { fieldLabel, type Translate } from './explain'

/** The headline: "已达标：150 分，超出 30 分", "资料未填完 · 目前 90 分（暂估）", … */
export function verdictText(t: Translate, a: Assessment): string {
  if (a.ruleset === null) return t('wizard.verdict.notCovered')
  switch (a.status) {
    case 'vetoed':
      return t('wizard.verdict.vetoed')
    case 'incomplete':
      return t('wizard.verdict.incomplete', { total: a.total })
    case 'notEligible':
      return t('wizard.verdict.notEligible', { total: a.total })
    case 'meets':
      return a.total > a.threshold ? t('wizard.verdict.meets', { total: a.total, over: a.total - a.threshold }) : t('wizard.verdict.meetsExact', { total: a.total })
    case 'below':
      return t('wizard.verdict.below', { total: a.total, gap: a.threshold - a.total })
  }
}

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

const finding = (a: Assessment, code: Finding['code']) => a.findings.find((f) => f.code === code)

/** The facts still missing (incomplete), as field names. */
export function missingFields(t: Translate, a: Assessment): { text: string; first: string } | null {
  const f = finding(a, 'statusIncomplete')
  const fields = String(f?.params?.fields ?? '').split(',').filter(Boolean)
  if (!fields.length) return null
  return { text: t('wizard.verdict.missing', { fields: fields.map((x) => fieldLabel(t, x)).join(t('engine.listSep')) }), first: fields[0]! }
}

/** When someone who cannot apply yet can: the 6-of-12 months (if paying continues) or age 18. */
export function eligibleFromText(t: Translate, a: Assessment): { date: string; text: string } | null {
  if (a.status !== 'notEligible') return null
  const age = finding(a, 'notEligibleAge')
  if (age) return typeof age.params?.eligibleFrom === 'string' ? { date: age.params.eligibleFrom, text: t('wizard.verdict.eligibleAge', { date: age.params.eligibleFrom }) } : null
  const months = finding(a, 'eligibilitySixMonths')
  const date = months?.params?.eligibleFrom
  return typeof date === 'string' ? { date, text: t('wizard.verdict.eligibleFrom', { date }) } : null
}

/** Band lines a base is measured against (multiples of the reference wage). */
const LINES = [3, 2, 1, 0.8]

/**
 * The thin margin beside the verdict. With the latest base just above a line (within 3 %), it
 * says which line and by how much: "您的基数只比 1 倍线高 0.5 %…"; otherwise the points at risk.
 */
export function thinMarginText(t: Translate, a: Assessment, profile: Profile): string | null {
  const f = finding(a, 'thinMargin')
  const atRisk = Number(f?.params?.atRisk ?? 0)
  if (!f || !(atRisk > 0)) return null
  let latest: { month: number; base: number } | null = null
  for (const p of profile.socialInsurance ?? []) {
    const m = Math.min(monthIndexOf(p.to), Number(a.asOf.slice(0, 4)) * 12 + Number(a.asOf.slice(5, 7)) - 2)
    if (m < monthIndexOf(p.from)) continue
    if (!latest || m > latest.month || (m === latest.month && p.base > latest.base)) latest = { month: m, base: p.base }
  }
  if (latest) {
    const ratio = latest.base / referenceWage(latest.month)
    const line = LINES.find((l) => ratio >= l)
    if (line !== undefined && line < 3 && ratio < (line / 0.97)) {
      const pct = Math.floor(((ratio / line - 1) * 100) * 10) / 10
      return t('wizard.verdict.thin', { multiple: line, pct: pct.toFixed(1), atRisk })
    }
  }
  return t('wizard.verdict.thinOther', { atRisk })
}
