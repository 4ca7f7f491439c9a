import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  columnOfPath,
  CSV_COLUMNS,
  neutraliseCell,
  profileToCells,
  PROFILE_COLUMNS,
  toCsv,
  unneutraliseCell,
} from '../../src/lib/csv-profile'
import { parseBatchText, scoreRows } from '../../src/features/batch/batch-core'
import { matchHeader } from '../../src/lib/csv-headers'
import { parseHistory, rowToRawProfile } from '../../src/lib/csv-row'
import type { Profile } from '../../src/engine/schema'
import { TODAY, validProfile } from '../fixtures/profile-arbitrary'

/** Profiles with candidate labels → our CSV (as the template and the results export write it). */
function profilesToCsv(rows: { candidate: string; profile: Profile }[]): string {
  return toCsv([CSV_COLUMNS as string[], ...rows.map((r) => [r.candidate, ...PROFILE_COLUMNS.map((c) => profileToCells(r.profile)[c])])])
}

const candidate = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '')

describe('CSV: profiles → CSV → profiles', () => {
  it('is the identity for valid profiles and their candidate labels (quotes, commas, line breaks, formula characters)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ candidate: fc.oneof(candidate, fc.constantFrom('=cmd|\' /C calc\'!A0', '+1', '-2+3', '@SUM(A1)', '\tx', 'a,"b"\nc')), profile: validProfile }), { minLength: 1, maxLength: 8 }), (rows) => {
        const parsed = parseBatchText(profilesToCsv(rows))
        const scored = scoreRows(parsed, TODAY)
        expect(scored.map((r) => (r.status === 'valid' ? { candidate: r.candidate, profile: r.profile } : r))).toEqual(rows)
      }),
      { numRuns: 200 },
    )
  })
})

describe('CSV cells are read the way spreadsheets write them', () => {
  it('dates rewritten by Excel (2019/1/5, 2019-1-5) are normalised', () => {
    expect(rowToRawProfile({ birthDate: '1990/1/5', 'keyArea.since': '2019-3-1' }).raw).toEqual({ version: 1, birthDate: '1990-01-05', keyArea: { since: '2019-03-01' } })
  })

  it('booleans as TRUE/FALSE, yes/no, 1/0 or 是/否; enums in any case; numbers with thousands separators', () => {
    expect(rowToRawProfile({ fullTimeStudy: 'TRUE', shortageMajor: '否', seriousCrime: '0', education: 'BachelorDegree', 'investment.avgAnnualTax': '1,200,000' }).raw).toEqual({
      version: 1,
      education: 'bachelorDegree',
      fullTimeStudy: true,
      shortageMajor: false,
      investment: { avgAnnualTax: 1_200_000 },
      seriousCrime: false,
    })
  })

  it('a value that is not of the column type is passed on as typed, so the schema names the problem', () => {
    expect(rowToRawProfile({ fullTimeStudy: 'maybe', 'deductions.crimes': 'two' }).raw).toEqual({ version: 1, fullTimeStudy: 'maybe', deductions: { crimes: 'two' } })
  })

  it('empty cells are left out; a group appears once one of its cells is filled', () => {
    expect(rowToRawProfile({ birthDate: ' ', 'keyArea.kind': '', 'investment.avgLocalHires': '12' }).raw).toEqual({ version: 1, investment: { avgLocalHires: 12 } })
  })
})

describe('contribution history cell: from..to@base;…', () => {
  it('reads ranges, single months, spaces, Chinese semicolons and line breaks', () => {
    expect(parseHistory(' 2019-01..2023-06@15000 ；2023-7 .. 2026/10 @ 18,000.5\n2026-11@20000')).toEqual({
      ok: true,
      periods: [
        { from: '2019-01', to: '2023-06', base: 15000 },
        { from: '2023-07', to: '2026-10', base: 18000.5 },
        { from: '2026-11', to: '2026-11', base: 20000 },
      ],
    })
  })

  it('names the first segment that is not from..to@base', () => {
    expect(parseHistory('2019-01..2020-06@5000;2020-07..2021-01')).toEqual({ ok: false, segment: 2, text: '2020-07..2021-01' })
  })

  it('keeps a base that is not a number as text for the schema to report', () => {
    expect(parseHistory('2019-01..2020-06@lots')).toEqual({ ok: true, periods: [{ from: '2019-01', to: '2020-06', base: 'lots' }] })
  })
})

describe('header cells name columns by their profile path', () => {
  it.each([
    ['birthDate', 'birthDate'],
    ['BIRTHDATE', 'birthDate'],
    ['\uFEFFcandidate', 'candidate'],
    ['出生日期 (birthDate)', 'birthDate'],
    ['远郊重点区域开始（keyArea.since）', 'keyArea.since'],
    ['Date of birth', 'birthDate'],
    ['notes', null],
  ])('%j → %j', (cell, column) => {
    expect(matchHeader(cell)).toBe(column)
  })

  it('maps error paths to their column', () => {
    expect(columnOfPath('socialInsurance.2.base')).toBe('socialInsurance')
    expect(columnOfPath('keyArea.since')).toBe('keyArea.since')
    expect(columnOfPath('nickname')).toBeNull()
  })
})

describe('CSV export is safe to open in a spreadsheet', () => {
  it.each(['=cmd|\' /C calc\'!A0', '+SUM(1)', '-2+3+cmd|x', '@SUM(A1)', '\t=1', '\r=1'])('%j is prefixed with an apostrophe', (cell) => {
    expect(neutraliseCell(cell)).toBe(`'${cell}`)
    expect(unneutraliseCell(neutraliseCell(cell))).toBe(cell)
  })

  it('plain negative numbers (deductions) and ordinary text stay as they are', () => {
    expect(['-150', '-12.5', '张三', '2019-01..2020-01@5000'].map(neutraliseCell)).toEqual(['-150', '-12.5', '张三', '2019-01..2020-01@5000'])
  })

  it('quotes a cell holding the delimiter of any locale (comma, semicolon, tab), so a semicolon-locale spreadsheet sees one text cell', () => {
    expect(toCsv([['a;=cmd|\' /C calc\'!A0;', 'x\ty', 'plain']])).toBe('\uFEFF"a;=cmd|\' /C calc\'!A0;","x\ty",plain\r\n')
  })

  it('starts with a UTF-8 BOM, quotes commas, quotes and line breaks, and ends lines with CRLF', () => {
    expect(toCsv([['a', 'b,c'], ['say "hi"', 'x\ny']])).toBe('\uFEFFa,"b,c"\r\n"say ""hi""","x\ny"\r\n')
  })
})
