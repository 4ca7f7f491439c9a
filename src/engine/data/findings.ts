// What each finding rests on: the severity it is raised at and the sections of docs/rules.md (or
// docs/format.md) with the evidence. The engine takes both from here, never from a literal.
// Two are raised at another severity where the case says so: a missing optional fact is 'info',
// and the six-month condition is an 'error' once it decides the verdict (rules §11).
import type { FindingCode, Severity } from '../types'

export interface FindingFacts {
  severity: Severity
  /** Sections with the evidence, e.g. 'rules §B4, §Q5' (tests/engine/evidence-docs.test.ts). */
  evidence: string
}

export const FINDINGS = {
  missingFact: { severity: 'warning', evidence: 'format §1' },
  pickOne: { severity: 'info', evidence: 'rules §B2–B3' },
  qualificationBaseCondition: { severity: 'warning', evidence: 'rules §B3' },
  ageOver60: { severity: 'warning', evidence: 'rules §B1, §Q10' },
  socialInsuranceGap: { severity: 'warning', evidence: 'rules §B4, §Q5' },
  socialInsuranceYearsCapDoubt: { severity: 'info', evidence: 'rules §B4' },
  monthsAfterAsOfIgnored: { severity: 'info', evidence: 'rules §1' },
  referenceWageEstimated: { severity: 'warning', evidence: 'rules §3, §Q13' },
  referenceWageUnknown: { severity: 'info', evidence: 'rules §3' },
  contributionBaseMixedBands: { severity: 'warning', evidence: 'rules §A5, §Q6' },
  keyAreaLingangGate: { severity: 'warning', evidence: 'rules §4, §Q3' },
  investmentCapDoubt: { severity: 'info', evidence: 'rules §A4, §Q7' },
  publicServiceCapDoubt: { severity: 'info', evidence: 'rules §A6, §5, §Q4' },
  shortageMajorNotFullTime: { severity: 'warning', evidence: 'rules §A3, §6' },
  shortageMajorNeedsEducation: { severity: 'warning', evidence: 'rules §A3' },
  freshGraduateWindow: { severity: 'info', evidence: 'rules §A8, §Q9' },
  dateAfterAsOf: { severity: 'warning', evidence: 'rules §1' },
  eligibilitySixMonths: { severity: 'warning', evidence: 'rules §E0, §Q12' },
  deductionWindows: { severity: 'info', evidence: 'rules §D1–D3, §Q11' },
  totalFloored: { severity: 'info', evidence: 'rules §T0' },
  veto: { severity: 'error', evidence: 'rules §V1' },
  rulesetLapsed: { severity: 'warning', evidence: 'rules §10' },
  rulesetNotCovered: { severity: 'error', evidence: 'rules §1' },
  rulesetNotInForce: { severity: 'warning', evidence: 'rules §1' },
  statusIncomplete: { severity: 'error', evidence: 'rules §11' },
  notEligibleAge: { severity: 'error', evidence: 'rules §E0' },
  notCurrentlyPaying: { severity: 'warning', evidence: 'rules §E0' },
  thinMargin: { severity: 'warning', evidence: 'rules §11' },
  keyAreaNotInForce: { severity: 'warning', evidence: 'rules §4' },
} as const satisfies { readonly [C in FindingCode]: FindingFacts }
