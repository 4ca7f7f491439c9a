// The result's headline in words (rules §11) — "已达标：150 分，超出 30 分", "资料未填完 · 目前 90 分
// （暂估）" — with what is missing and the date from which an applicant who cannot apply yet can.
// Shared by the result step and the print report (their messages: messages/result.ts).
import type { Assessment } from '../../engine/types'
import { fieldLabel, type Translate } from './explain'
import { finding } from './verdict'

/** The headline: "已达标：150 分，超出 30 分", "资料未填完 · 目前 90 分（暂估）", … */
export function verdictText(t: Translate, a: Assessment): string {
  if (a.ruleset === null) return t('result.verdict.notCovered')
  switch (a.status) {
    case 'vetoed':
      return t('result.verdict.vetoed')
    case 'incomplete':
      return t('wizard.verdict.incomplete', { total: a.total })
    case 'notEligible':
      return t('result.verdict.notEligible', { total: a.total })
    case 'meets':
      return a.total > a.threshold ? t('result.verdict.meets', { total: a.total, over: a.total - a.threshold }) : t('result.verdict.meetsExact', { total: a.total })
    case 'below':
      return t('result.verdict.below', { total: a.total, gap: a.threshold - a.total })
  }
}

/** The facts still missing (incomplete), as field names. */
export function missingFields(t: Translate, a: Assessment): { text: string; first: string } | null {
  const f = finding(a, 'statusIncomplete')
  const fields = String(f?.params?.fields ?? '').split(',').filter(Boolean)
  if (!fields.length) return null
  return { text: t('result.verdict.missing', { fields: fields.map((x) => fieldLabel(t, x)).join(t('engine.listSep')) }), first: fields[0]! }
}

/** When someone who cannot apply yet can: the 6-of-12 months (if paying continues) or age 18. */
export function eligibleFromText(t: Translate, a: Assessment): { date: string; text: string } | null {
  if (a.status !== 'notEligible') return null
  const age = finding(a, 'notEligibleAge')
  if (age) return typeof age.params?.eligibleFrom === 'string' ? { date: age.params.eligibleFrom, text: t('result.verdict.eligibleAge', { date: age.params.eligibleFrom }) } : null
  const months = finding(a, 'eligibilitySixMonths')
  const date = months?.params?.eligibleFrom
  return typeof date === 'string' ? { date, text: t('result.verdict.eligibleFrom', { date }) } : null
}
