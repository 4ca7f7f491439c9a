// The registry's road side (./registry.ts, same paths): the documents an answer implies, for the
// road checklist (features/road/checklist.ts; texts road.doc.*, rules §2, §6–§8). Only the road
// panel loads this. A field implies one document for any claim (a value other than false, "none"
// or an empty history), or one per value.
import type { ProfilePath } from './registry'

export const DOCUMENTS = {
  education: 'diploma',
  qualification: 'certificate',
  socialInsurance: 'taxSlips',
  shortageMajor: 'majorCode',
  freshGraduate: 'graduateNotice',
  publicServiceSince: 'publicService',
  'keyArea.kind': { lingang: 'lingang', newTown: 'keyArea', transformation: 'keyArea' },
  spouseHukouSince: 'marriage',
  award: 'award',
  'investment.avgAnnualTax': 'investment',
  'investment.avgLocalHires': 'investment',
  innovation: { startupFounder: 'startup', techTransfer: 'techTransfer' },
} as const satisfies { readonly [P in ProfilePath]?: string | Readonly<Record<string, string>> }

type Docs = (typeof DOCUMENTS)[keyof typeof DOCUMENTS]
/** The documents the fields can imply (a subset of the road checklist's). */
export type FieldDocument = Docs extends infer D ? (D extends string ? D : D[keyof D]) : never

/** The documents a profile's answers imply. */
export function impliedDocuments(profile: object): FieldDocument[] {
  const docs: FieldDocument[] = []
  for (const [path, doc] of Object.entries(DOCUMENTS) as [string, string | Readonly<Record<string, string>>][]) {
    const [key, sub] = path.split('.') as [string, string | undefined]
    const top = (profile as Record<string, unknown>)[key]
    const v = sub === undefined ? top : (top as Record<string, unknown> | undefined)?.[sub]
    if (v === undefined || v === false || v === 'none' || (Array.isArray(v) && !v.length)) continue
    const one = typeof doc === 'string' ? doc : doc[String(v)]
    if (one) docs.push(one as FieldDocument)
  }
  return docs
}
