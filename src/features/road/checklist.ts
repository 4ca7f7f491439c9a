// What to prepare, derived from the answers: one entry per claimed or scored item (what the
// document is, where it comes from), and the known rejection pitfalls that apply to this profile.
// The texts (messages/road.ts, "road.doc.*" and "road.pitfall.*") rest on rules §2, §6–§8
// (documents) and §7 (pitfalls).
import { EDUCATIONS } from '../../engine/enums'
import type { Profile } from '../../engine/profile-format'
import type { Assessment } from '../../engine/types'
import { impliedDocuments } from '../../lib/fields/documents'

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
  // What the answers imply (lib/fields/documents.ts).
  for (const doc of impliedDocuments(profile)) d.add(doc)
  // More than one period: a change of employer, proved by its separation certificate.
  if ((profile.socialInsurance?.length ?? 0) > 1) d.add('separation')

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
