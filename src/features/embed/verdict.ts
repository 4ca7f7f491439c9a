// The verdict (rules §11 status) in the widget's words and colours. Imports nothing at run time,
// so the score bar and the lazy result share it without pulling the app's modules into a new chunk.
import type { Assessment } from '../../engine/types'
import type { Translate } from '../../components/result/explain'

/** The verdict in words: never 达标 for anything but `meets`; `incomplete` is a provisional total. */
export function verdictText(t: Translate, a: Pick<Assessment, 'status' | 'total' | 'threshold'>): string {
  switch (a.status) {
    case 'meets':
      return a.total > a.threshold ? t('embed.status.meetsBy', { margin: a.total - a.threshold }) : t('embed.status.meets')
    case 'below':
      return t('embed.status.below', { gap: a.threshold - a.total })
    case 'incomplete':
      return t('embed.status.incomplete', { total: a.total })
    case 'notEligible':
      return t('embed.status.notEligible')
    case 'vetoed':
      return t('embed.status.vetoed')
  }
}

export const VERDICT_CLASS: Record<Assessment['status'], string> = {
  meets: 'text-accent-700',
  below: 'text-slate-800',
  incomplete: 'text-amber-900',
  notEligible: 'text-amber-900',
  vetoed: 'text-red-800',
}

