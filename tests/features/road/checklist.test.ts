// The documents and pitfalls follow the answers (rules §2, §6–§8 documents, §7 pitfalls).
import { describe, expect, it } from 'vitest'
import { assess } from '../../../src/engine/assess'
import type { Profile } from '../../../src/engine/schema'
import { checklist } from '../../../src/features/road/checklist'

const AS_OF = '2026-11-27'
const of = (profile: Profile) => checklist(profile, assess(profile, AS_OF))

describe('documents checklist', () => {
  it('always lists the permit, the employer and the social-insurance record; nothing claimed, nothing more', () => {
    expect(of({ version: 1 })).toEqual({ documents: ['permit', 'employer', 'socialInsurance'], pitfalls: [] })
  })

  it('adds a document for each claimed item, and Lingang its own one', () => {
    const { documents } = of({
      version: 1,
      education: 'master',
      qualification: 'titleIntermediate',
      shortageMajor: true,
      freshGraduate: true,
      award: 'municipalSpecial',
      investment: { avgAnnualTax: 300000 },
      keyArea: { kind: 'lingang', since: '2024-01-01' },
      spouseHukouSince: '2020-01-01',
      publicServiceSince: '2015-01-01',
      innovation: 'techTransfer',
    })
    expect(documents).toEqual(['permit', 'employer', 'socialInsurance', 'diploma', 'certificate', 'majorCode', 'graduateNotice', 'award', 'investment', 'lingang', 'marriage', 'publicService', 'techTransfer'])
  })

  it('asks for tax slips with any contributions, and separation records when there is more than one period', () => {
    const one = of({ version: 1, socialInsurance: [{ from: '2020-01', to: '2026-10', base: 9000 }] }).documents
    expect(one).toContain('taxSlips')
    expect(one).not.toContain('separation')
    const two = of({ version: 1, socialInsurance: [{ from: '2020-01', to: '2022-10', base: 9000 }, { from: '2023-01', to: '2026-10', base: 9000 }] })
    expect(two.documents).toContain('separation')
    // The break 2022-11…2022-12 is a gap: back-paying does not bring it back.
    expect(two.pitfalls).toEqual(['unitMismatch', 'backPaid', 'gapBackPay'])
  })
})

describe('pitfalls', () => {
  it('专本套读 and 前置学历 for a degree not known to be full-time; place of study only when it was not', () => {
    expect(of({ version: 1, education: 'bachelorDegree' }).pitfalls).toEqual(['zhuanBenTaodu', 'prerequisite'])
    expect(of({ version: 1, education: 'bachelorDegree', fullTimeStudy: false }).pitfalls).toEqual(['zhuanBenTaodu', 'prerequisite', 'placeOfStudy'])
    expect(of({ version: 1, education: 'bachelorDegree', fullTimeStudy: true }).pitfalls).toEqual([])
    expect(of({ version: 1, education: 'associate', fullTimeStudy: false }).pitfalls).toEqual(['prerequisite', 'placeOfStudy'])
  })

  it('the base-and-income-tax pitfall when the contribution base scores, the title match when a title is claimed', () => {
    // 2022-11…2026-10 at 13,000: 48 months ≥ 1× of every month's wage → 50 points.
    const p: Profile = { version: 1, qualification: 'skill3', socialInsurance: [{ from: '2022-11', to: '2026-10', base: 13000 }] }
    expect(of(p).pitfalls).toEqual(['unitMismatch', 'backPaid', 'baseIncome', 'titleMatch'])
  })
})
