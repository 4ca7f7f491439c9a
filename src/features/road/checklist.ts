// What to prepare, derived from the answers: one entry per claimed or scored item (what the
// document is, where it comes from), and the known rejection pitfalls that apply to this profile.
// The texts (messages/road.ts, "road.doc.*" and "road.pitfall.*") rest on rules §2, §6–§8
// (documents) and §7 (pitfalls).
import { EDUCATIONS, type Profile } from '../../engine/schema'
import type { Assessment } from '../../engine/types'

export const DOCUMENT_IDS = [
  'permit',
  'employer',
  'socialInsurance',
  'taxSlips',
  'separation',
  'diploma',
  'certificate',
  'majorCode',
  'graduateNotice',
  'award',
  'investment',
  'keyArea',
  'lingang',
  'marriage',
  'publicService',
  'startup',
  'techTransfer',
] as const
export type DocumentId = (typeof DOCUMENT_IDS)[number]

export const PITFALL_IDS = [
  'zhuanBenTaodu',
  'prerequisite',
  'placeOfStudy',
  'unitMismatch',
  'backPaid',
  'gapBackPay',
  'baseIncome',
  'titleMatch',
] as const
export type PitfallId = (typeof PITFALL_IDS)[number]

const atLeast = (profile: Profile, level: (typeof EDUCATIONS)[number]) =>
  profile.education !== undefined && EDUCATIONS.indexOf(profile.education) >= EDUCATIONS.indexOf(level)

export function checklist(profile: Profile, assessment: Assessment): { documents: DocumentId[]; pitfalls: PitfallId[] } {
  const points = (id: string) => assessment.items.find((i) => i.id === id)?.points ?? 0
  const hasSi = (profile.socialInsurance?.length ?? 0) > 0
  const qualified = profile.qualification !== undefined && profile.qualification !== 'none'
  const d = new Set<DocumentId>(['permit', 'employer', 'socialInsurance'])
  if (hasSi) d.add('taxSlips')
  if ((profile.socialInsurance?.length ?? 0) > 1) d.add('separation')
  if (atLeast(profile, 'associate')) d.add('diploma')
  if (qualified) d.add('certificate')
  if (profile.shortageMajor) d.add('majorCode')
  if (profile.freshGraduate) d.add('graduateNotice')
  if (profile.award && profile.award !== 'none') d.add('award')
  if (profile.investment) d.add('investment')
  if (profile.keyArea) d.add(profile.keyArea.kind === 'lingang' ? 'lingang' : 'keyArea')
  if (profile.spouseHukouSince) d.add('marriage')
  if (profile.publicServiceSince) d.add('publicService')
  if (profile.innovation === 'startupFounder') d.add('startup')
  if (profile.innovation === 'techTransfer') d.add('techTransfer')

  const p = new Set<PitfallId>()
  const notFullTime = profile.fullTimeStudy !== true
  if (atLeast(profile, 'bachelor') && notFullTime) p.add('zhuanBenTaodu')
  if (atLeast(profile, 'associate') && notFullTime) p.add('prerequisite')
  if (atLeast(profile, 'associate') && profile.fullTimeStudy === false) p.add('placeOfStudy')
  if (hasSi) {
    p.add('unitMismatch')
    p.add('backPaid')
  }
  if (assessment.findings.some((f) => f.code === 'socialInsuranceGap')) p.add('gapBackPay')
  if (points('contributionBase') > 0) p.add('baseIncome')
  if (qualified) p.add('titleMatch')
  return { documents: DOCUMENT_IDS.filter((x) => d.has(x)), pitfalls: PITFALL_IDS.filter((x) => p.has(x)) }
}
