// The thin margin beside the verdict, as the person can act on it: "your base is only 0.5 % above
// the 1× line: a 3 % change costs 75 points". Kept apart from verdict.ts, which the first screen
// loads: this one reads the wage table (part of the engine chunk).
import { monthIndexOf } from '../../engine/dates'
import type { Profile } from '../../engine/schema'
import type { Assessment } from '../../engine/types'
import { referenceWage } from '../../engine/wages'
import type { Translate } from './explain'
import { finding } from './verdict'

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
      return t('result.verdict.thin', { multiple: line, pct: pct.toFixed(1), atRisk })
    }
  }
  return t('result.verdict.thinOther', { atRisk })
}
