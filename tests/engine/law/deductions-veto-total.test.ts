// Deductions (减分指标), the total, the threshold and the veto (一票否决). Spec §2: falseMaterials
// −150, detentions −50, crimes −150 each; total = max(0, sum of all items); threshold 120;
// seriousCrime vetoes whatever the total; format §3 meetsThreshold = total ≥ threshold && !vetoed.
import { describe, it } from 'vitest'
import { checkCase, type LawCase } from './law-case'

const DED = 'rules §1 deductions; rules §D1–D3'
const TOTAL = 'rules §1 (total = max(0, sum of all items)); rules §T0'
const MEETS = 'format §3 (meetsThreshold = total ≥ threshold && !vetoed)'
const VETO = 'rules §1 (seriousCrime vetoes); rules §V1'

const AS_OF = '2026-06-15'
// Born 1990-01-01: 36 on asOf → age 30. bachelorDegree → 90. Together 120.
const BASE = { birthDate: '1990-01-01', education: 'bachelorDegree', qualification: 'none' } as const

const cases: LawCase[] = [
  {
    cite: DED,
    name: 'one false-materials record → −150 (and the total floors at 0)',
    asOf: AS_OF,
    profile: { ...BASE, deductions: { falseMaterials: 1 } },
    // 30 + 90 − 150 = −30 → 0
    expect: {
      items: { falseMaterials: -150 },
      total: 0,
      findings: [{ code: 'deductionWindows' }, { code: 'totalFloored', params: { sum: -30 } }],
    },
  },
  {
    cite: DED,
    name: 'two detentions → −100; 120 − 100 = 20',
    asOf: AS_OF,
    profile: { ...BASE, deductions: { detentions: 2 } },
    expect: { items: { detentions: -100 }, total: 20, meetsThreshold: false, findings: [{ code: 'deductionWindows' }], noFindings: ['totalFloored'] },
  },
  {
    cite: DED,
    name: 'one crime → −150',
    asOf: AS_OF,
    profile: { ...BASE, award: 'national', deductions: { crimes: 1 } },
    // 30 + 90 + 110 − 150 = 80
    expect: { items: { crimes: -150, award: 110 }, total: 80 },
  },
  {
    cite: DED,
    name: 'all three at once: 2 × −150 + 3 × −50 + 1 × −150 with 120 + 120 + 110 positive',
    asOf: AS_OF,
    profile: { ...BASE, innovation: 'startupFounder', award: 'national', deductions: { falseMaterials: 2, detentions: 3, crimes: 1 } },
    // 30 + 90 + 120 + 110 = 350; −300 − 150 − 150 = −600 → sum −250 → 0
    expect: { items: { falseMaterials: -300, detentions: -150, crimes: -150 }, total: 0, findings: [{ code: 'totalFloored', params: { sum: -250 } }] },
  },
  {
    cite: DED,
    name: 'zero counts → 0, no deduction finding',
    asOf: AS_OF,
    profile: { ...BASE, deductions: { falseMaterials: 0, detentions: 0, crimes: 0 } },
    expect: {
      items: { falseMaterials: 0, detentions: 0, crimes: 0 },
      reasons: { falseMaterials: 'notClaimed', detentions: 'notClaimed', crimes: 'notClaimed' },
      total: 120,
      noFindings: ['deductionWindows'],
    },
  },
  {
    cite: TOTAL,
    name: 'a sum of exactly 0 is not floored: 30 + 90 + 30 − 150 = 0',
    asOf: AS_OF,
    profile: { ...BASE, award: 'municipalSpecial', deductions: { crimes: 1 } },
    expect: { total: 0, noFindings: ['totalFloored'] },
  },
  {
    cite: TOTAL,
    name: 'an empty profile totals 0',
    asOf: AS_OF,
    profile: {},
    expect: { total: 0, meetsThreshold: false, vetoed: false },
  },
  {
    cite: MEETS,
    name: 'exactly 120 (age 30 + bachelorDegree 90) meets the threshold',
    asOf: AS_OF,
    profile: BASE,
    expect: { total: 120, meetsThreshold: true },
  },
  {
    cite: MEETS,
    name: '119 (age 44 → 29 + bachelorDegree 90) does not',
    asOf: AS_OF,
    profile: { ...BASE, birthDate: '1982-06-15' },
    expect: { items: { age: 29 }, total: 119, meetsThreshold: false },
  },
  {
    cite: VETO,
    name: 'serious crime: total still computed (120), but vetoed and not meeting the threshold',
    asOf: AS_OF,
    profile: { ...BASE, seriousCrime: true },
    expect: { total: 120, vetoed: true, meetsThreshold: false, findings: [{ code: 'veto', severity: 'error' }] },
  },
  {
    cite: VETO,
    name: 'seriousCrime false: no veto',
    asOf: AS_OF,
    profile: { ...BASE, seriousCrime: false },
    expect: { total: 120, vetoed: false, meetsThreshold: true, noFindings: ['veto'] },
  },
  {
    cite: `${VETO}; rules §1 (not covered)`,
    name: 'a veto is reported even where no ruleset covers asOf',
    asOf: '2017-06-01',
    profile: { ...BASE, seriousCrime: true },
    expect: { ruleset: null, total: 0, vetoed: true, meetsThreshold: false, findings: [{ code: 'veto' }, { code: 'rulesetNotCovered' }] },
  },
]

describe('deductions, total, threshold and veto', () => {
  it.each(cases)('$cite: $name', checkCase)
})
