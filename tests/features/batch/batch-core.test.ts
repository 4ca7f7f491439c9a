import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { MAX_BATCH_ROWS, mergeParts, parseBatchText, processFile, scoreRows, summarise, type BatchRow, type Mappings } from '../../../src/features/batch/batch-core'
import { ITEM_IDS } from '../../../src/engine/types'

const TODAY = '2026-11-27'
const fixture = readFileSync(new URL('../../../e2e/fixtures/batch-mixed.csv', import.meta.url), 'utf8')
// The fixture's `notes` column is a known not-read column: no mapping step.
const MAPPINGS: Mappings = {}
const rows = scoreRows(parseBatchText(fixture, 'batch-mixed.csv', TODAY, MAPPINGS), TODAY)
const byLine = (line: number) => rows.find((r) => r.line === line)!
const scoreOf = (line: number) => {
  const r = byLine(line)
  if (r.status !== 'valid') throw new Error(`row ${line} is invalid: ${JSON.stringify(r.errors)}`)
  return r.score
}
const errorsOf = (line: number) => {
  const r = byLine(line)
  return r.status === 'invalid' ? r.errors.map((e) => ({ column: e.column, code: e.code, ...(e.period ? { period: e.period } : {}), ...(e.value ? { value: e.value } : {}) })) : []
}
const points = (r: BatchRow, id: (typeof ITEM_IDS)[number]) => (r.status === 'valid' ? r.score.points[ITEM_IDS.indexOf(id)] : NaN)

describe('batch fixture e2e/fixtures/batch-mixed.csv: every row validated, valid rows scored, nothing dropped', () => {
  it('counts 5 valid and 4 invalid rows, skips (and counts) 1 empty row, and reports the unknown column', () => {
    const parsed = parseBatchText(fixture, '', TODAY, MAPPINGS)
    expect(parsed.emptyRows).toBe(1)
    expect(parsed.ignoredColumns).toEqual(['notes'])
    expect(summarise(rows)).toEqual({ total: 9, valid: 5, invalid: 4, meets: 2, below: 0, vetoed: 1, incomplete: 2, notEligible: 0 })
  })

  it('numbers rows as the spreadsheet does (header = row 1), the empty row 9 included', () => {
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 10, 11])
  })

  // Totals derived by hand from rules §1 on asOf 2026-11-27 (reference wage 12,434 from 2025-07).
  it('Ada: age 36 → 30, master 100, 82 months → 6 years → 18, 36 of 36 months ≥ 3×12434−1 → 120; total 268', () => {
    expect(scoreOf(2)).toMatchObject({ total: 268, gap: 0, meets: true, vetoed: false, status: 'meets' })
    expect(points(byLine(2), 'contributionBase')).toBe(120)
  })

  it('Bo: age 41 → 30, bachelorDegree 90, 34 months → 2 years → 6; 34 < 36 months for any base band → 0; total 126', () => {
    expect(scoreOf(3)).toMatchObject({ total: 126, gap: 0, meets: true })
  })

  it('Chen: age 56 → 5, associate 50, no history; total 55, 65 short of 120', () => {
    expect(scoreOf(4)).toMatchObject({ total: 55, gap: 65, meets: false, status: 'incomplete' })
  })

  it('Du: Ada with a serious criminal record: total 268 but vetoed, so not meeting 120', () => {
    expect(scoreOf(5)).toMatchObject({ total: 268, meets: false, vetoed: true, status: 'vetoed' })
  })

  it('Er: age 36 → 30, doctorate 110, one detention −50; total 90, 30 short', () => {
    expect(scoreOf(6)).toMatchObject({ total: 90, gap: 30, meets: false })
    expect(points(byLine(6), 'detentions')).toBe(-50)
  })

  it('Fang: both bad cells are reported by column, with what they held', () => {
    expect(errorsOf(7)).toEqual([
      { column: 'birthDate', code: 'invalidDate', value: '1990-13-01' },
      { column: 'education', code: 'invalidValue', value: 'phd' },
    ])
  })

  it('Gao: the bad history segment is named by its number', () => {
    expect(errorsOf(8)).toEqual([{ column: 'socialInsurance', code: 'invalidHistory', period: 2, value: 'garbage' }])
  })

  it('Hu: a period ending before it starts, and a fractional count', () => {
    expect(errorsOf(10)).toEqual([
      { column: 'deductions.crimes', code: 'notInteger', value: '1.5' },
      { column: 'socialInsurance', code: 'endBeforeStart', period: 1, value: '2020-06..2019-01@5000' },
    ])
  })

  it('a script tag in a cell is kept as plain text in the candidate label', () => {
    expect(byLine(11)).toMatchObject({ candidate: '<script>alert(1)</script>', status: 'invalid' })
    expect(errorsOf(11)).toEqual([{ column: 'birthDate', code: 'birthDateAfterAsOf', value: '2030-01-01' }])
  })
})

describe('batch files: structure problems are reported, not guessed around', () => {
  it.each([
    ['an empty file', '', 'empty'],
    ['a header only', 'candidate,birthDate\r\n', 'empty'],
    ['only a candidate column', 'name\nA', 'noHeader'],
    ['JSON that is not an array', '{"version":1}', 'notArray'],
    ['broken JSON', '[{"version":1},', 'notJson'],
  ])('%s → %s', (_, text, issue) => {
    expect(parseBatchText(text).issue).toBe(issue)
  })

  it(`more than ${MAX_BATCH_ROWS} rows → tooManyRows (split the file)`, () => {
    const text = `birthDate\n${'1990-01-01\n'.repeat(MAX_BATCH_ROWS + 1)}`
    expect(parseBatchText(text).issue).toBe('tooManyRows')
  })

  it('reads semicolon- and tab-separated files by their header line', () => {
    for (const d of [';', '\t']) {
      const r = scoreRows(parseBatchText(`candidate${d}birthDate${d}education\nA, B${d}1990-01-01${d}master`), TODAY)
      expect(r).toMatchObject([{ candidate: 'A, B', status: 'valid', profile: { version: 1, birthDate: '1990-01-01', education: 'master' } }])
    }
  })

  it('a row with cells beyond the header and an unterminated quote are row errors', () => {
    const r = scoreRows(parseBatchText('birthDate,education\n1990-01-01,master,surplus\n"1990-01-01,master'), TODAY)
    expect(r.map((x) => (x.status === 'invalid' ? x.errors.map((e) => e.code) : []))).toEqual([['extraCells'], ['csvSyntax']])
  })
})

describe('batch JSON: an array of profiles, or our own results export', () => {
  it('scores profiles and wrapped rows; a bad item is reported by its position and field path', () => {
    const text = JSON.stringify([
      { version: 1, education: 'master' },
      { candidate: '李四', profile: { version: 1, education: 'doctorate' }, score: { total: 0 } },
      { version: 1, education: 'phd', extra: true },
      'not an object',
    ])
    const r = scoreRows(parseBatchText(text, 'x.json'), TODAY)
    expect(r[0]).toMatchObject({ line: 1, status: 'valid', score: { total: 100 } })
    expect(r[1]).toMatchObject({ line: 2, candidate: '李四', status: 'valid', score: { total: 110 } })
    expect(r[2]).toMatchObject({
      line: 3,
      status: 'invalid',
      errors: [
        { column: 'education', code: 'invalidValue', value: 'phd' },
        { column: 'extra', code: 'unknownKey', value: 'true' },
      ],
    })
    expect(r[3]).toMatchObject({ line: 4, status: 'invalid', errors: [{ column: '', code: 'notAnObject' }] })
  })
})

describe('batch parts (one per worker) merge into the whole file', () => {
  it.each([1, 2, 3, 4])('the fixture split in %i parts gives the same rows, in order, and the same counts', (count) => {
    const bytes = new TextEncoder().encode(fixture)
    const whole = processFile(bytes, 'f.csv', TODAY, { mappings: MAPPINGS })
    const parts = Array.from({ length: count }, (_, index) => processFile(bytes, 'f.csv', TODAY, { part: { index, count }, mappings: MAPPINGS }))
    expect(parts.map((p) => (p.ok ? p.offset : -1))).toEqual(parts.map((_, i) => Math.floor((9 * i) / count)))
    expect(mergeParts(parts)).toEqual(whole)
  })

  it('a file problem found by any part is the outcome', () => {
    const bytes = new TextEncoder().encode('name\nA')
    expect(mergeParts([processFile(bytes, 'x.csv', TODAY, { part: { index: 0, count: 2 } }), processFile(bytes, 'x.csv', TODAY, { part: { index: 1, count: 2 } })])).toEqual({ ok: false, issue: 'noHeader' })
  })
})
