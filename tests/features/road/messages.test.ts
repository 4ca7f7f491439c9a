// The road messages are complete: every code the road engine and checklist can produce has a text
// in both languages, and the two languages use the same {placeholders}.
import { describe, expect, it } from 'vitest'
import type { Doubt, Requirement, RiskCode } from '../../../src/engine/actions'
import type { LeadSource } from '../../../src/engine/data/lead-times'
import type { ProjectionNoteCode } from '../../../src/engine/project'
import { DOCUMENT_IDS, PITFALL_IDS } from '../../../src/features/road/checklist'
import * as road from '../../../src/i18n/messages/road'

// `satisfies Record<Code, true>` fails to compile when a code is added and not listed here.
const NOTES = Object.keys({
  resumesPaying: true,
  noBaseKnown: true,
  stopsPaying: true,
  gapAssumed: true,
  wageFrozen: true,
  rulesetLapses: true,
  freshGraduateEnds: true,
  deductionsKept: true,
  staysMarried: true,
  staysInKeyArea: true,
  staysInPublicService: true,
  innovationContinues: true,
  investmentContinues: true,
} satisfies Record<ProjectionNoteCode, true>)
const REQUIREMENTS = Object.keys({
  titleInShanghai: true,
  titleBaseCondition: true,
  raiseBaseForTitle: true,
  skillVerifiable: true,
  stateRecognised: true,
  prerequisiteChain: true,
  baseMatchesIncome: true,
  baseWindow: true,
  workAndLive: true,
  lingangRecommendation: true,
  majorOnList: true,
  sanitationSector: true,
  techTransfer: true,
  startupIncubator: true,
} satisfies Record<Requirement['code'], true>)
const DOUBTS = Object.keys({
  wageRises: true,
  lingangGate: true,
  areaBoundaries: true,
  listScope: true,
  publicServiceCounting: true,
  innovationScope: true,
} satisfies Record<Doubt['code'], true>)

const RISKS = Object.keys({ ageFalls: true, baseUnder1x: true, stopsPaying: true, thinMargin: true, rulesetLapses: true } satisfies Record<RiskCode, true>)
const LEAD_SOURCES = Object.keys({
  adultEducation: true,
  postgraduateExam: true,
  doctoralAdmission: true,
  skillStandard: true,
  economistExam: true,
  seniorTitle: true,
} satisfies Record<LeadSource, true>)

const zh = road.zh as Record<string, string>
const en = road.en as Record<string, string>

describe('road messages', () => {
  it.each([
    ['projection notes', NOTES.map((c) => `road.note.${c}`)],
    ['requirements', REQUIREMENTS.map((c) => `road.req.${c}`)],
    ['doubts', DOUBTS.map((c) => `road.doubt.${c}`)],
    ['risks to a 120 reached', RISKS.map((c) => `road.risk.${c}`)],
    ['lead-time sources', LEAD_SOURCES.map((c) => `road.leadSource.${c}`)],
    ['documents', DOCUMENT_IDS.flatMap((id) => [`road.doc.${id}.what`, `road.doc.${id}.where`])],
    ['pitfalls', PITFALL_IDS.map((id) => `road.pitfall.${id}`)],
    ['effort levels', [1, 2, 3, 4, 5].map((n) => `road.effort.${n}`)],
  ])('has a text for every %s in both languages', (_, keys) => {
    expect(keys.filter((k) => !zh[k]?.trim() || !en[k]?.trim())).toEqual([])
  })

  it('has the same keys and {placeholders} in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort())
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join()
    expect(Object.keys(zh).filter((k) => names(zh[k]!) !== names(en[k]!))).toEqual([])
  })

  it('keeps every key in the road namespace', () => {
    expect(Object.keys(zh).filter((k) => !k.startsWith('road.'))).toEqual([])
  })
})
