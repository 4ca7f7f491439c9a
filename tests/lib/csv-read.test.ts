// Issue 13, defect 8: a malformed row costs that row only; mixed encodings are read per line
// and the rows concerned are named.
import { describe, expect, it } from 'vitest'
import { parseBatchText, processFile, scoreRows } from '../../src/features/batch/batch-core'
import { readCsv } from '../../src/lib/csv-read'
import { decodeTextBytes } from '../../src/lib/text-decode'

const TODAY = '2026-11-27'
const HEADER = 'candidate,birthDate,education'
const row = (n: number) => `c${n},1990-01-0${n},master`

describe('CSV reader: a malformed row is one error and the rows after it still import', () => {
  it('an unclosed quote in row 3 of 6 is one error; the other 5 candidates are scored', () => {
    const text = [HEADER, row(1), 'c3,"1990-01-03,master', row(4), row(5), row(6), row(7)].join('\n')
    const rows = scoreRows(parseBatchText(text, 'x.csv', TODAY), TODAY)
    expect(rows.map((r) => [r.line, r.candidate, r.status])).toEqual([
      [2, 'c1', 'valid'],
      [3, 'c3', 'invalid'],
      [4, 'c4', 'valid'],
      [5, 'c5', 'valid'],
      [6, 'c6', 'valid'],
      [7, 'c7', 'valid'],
    ])
    const bad = rows[1]!
    expect(bad.status === 'invalid' && bad.errors).toEqual([{ column: '', code: 'csvSyntax', syntax: 'unclosedQuote', value: 'c3,"1990-01-03,master' }])
  })

  it('a quoted field with text after its closing quote ("c3" trailing) is one error; later rows import', () => {
    const text = [HEADER, row(1), '"c3" trailing,1990-01-03,master', row(4), '"c5",1990-01-05,master'].join('\r\n')
    const rows = scoreRows(parseBatchText(text, 'x.csv', TODAY), TODAY)
    expect(rows.map((r) => [r.line, r.status])).toEqual([
      [2, 'valid'],
      [3, 'invalid'],
      [4, 'valid'],
      [5, 'valid'],
    ])
    expect(rows[1]!.status === 'invalid' && rows[1]!.errors[0]).toMatchObject({ code: 'csvSyntax', syntax: 'textAfterQuote' })
    expect(rows[3]!.candidate).toBe('c5')
  })

  it('a real multi-line quoted cell stays one cell of one record', () => {
    const records = readCsv('a,b\n"x\ny",z\n1,2', ',')
    expect(records.map((r) => [r.line, r.lines, r.cells, r.error])).toEqual([
      [1, 1, ['a', 'b'], undefined],
      [2, 2, ['x\ny', 'z'], undefined],
      [4, 1, ['1', '2'], undefined],
    ])
  })

  it('a quote closed rows later by a quote followed by text is cut back to its own line', () => {
    const records = readCsv('a,b\n"x,1\n2,3\n4,"5"\n6,7', ',')
    expect(records.map((r) => [r.line, r.cells, r.error])).toEqual([
      [1, ['a', 'b'], undefined],
      [2, ['"x', '1'], 'textAfterQuote'],
      [3, ['2', '3'], undefined],
      [4, ['4', '5'], undefined],
      [5, ['6', '7'], undefined],
    ])
  })

  it('a multi-line quoted cell that makes its record longer than the header is cut back to its line', () => {
    const records = readCsv('a,b\n"x,1\n2,3",4,5\n6,7', ',')
    expect(records.map((r) => [r.line, r.cells, r.error])).toEqual([
      [1, ['a', 'b'], undefined],
      [2, ['"x', '1'], 'unclosedQuote'],
      [3, ['2', '3"', '4', '5'], undefined],
      [4, ['6', '7'], undefined],
    ])
  })
})

describe('mixed encodings: each line decoded as itself, the GB18030 rows named', () => {
  // "王五" in GB18030 (CP936): CDF5 CEE5.
  const gb18030 = (s: string) => (s === '王五' ? [0xcd, 0xf5, 0xce, 0xe5] : [])
  const bytes = (parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)))

  it('a UTF-8 file with one GBK row keeps the UTF-8 names intact and says which row was GBK', () => {
    const file = bytes(['candidate,birthDate\n张三,1990-01-01\n', gb18030('王五'), ',1991-01-01\n李四,1992-01-01\n'])
    const decoded = decodeTextBytes(file)
    expect(decoded).toMatchObject({ ok: true, encoding: 'mixed', gbLines: [3] })
    const outcome = processFile(file, 'x.csv', TODAY)
    expect(outcome.ok && outcome.rows.map((r) => r.candidate)).toEqual(['张三', '王五', '李四'])
    expect(outcome.ok && outcome.gbRows).toEqual([3])
  })

  it('a file that is GBK throughout is read as GB18030, not as mixed', () => {
    const file = bytes(['candidate,birthDate\n', gb18030('王五'), ',1991-01-01\n'])
    expect(decodeTextBytes(file)).toMatchObject({ ok: true, encoding: 'gb18030', text: 'candidate,birthDate\n王五,1991-01-01\n' })
  })
})

describe('batch JSON: a row nested 3,000 levels deep fails that row only (issue 13, defect 10)', () => {
  // A worker's stack overflows at 3,000 levels; node's is larger, so 20,000 shows the same here.
  it.each([3000, 20_000])('a row %i levels deep is one tooDeep error; the rows around it are scored', (depth) => {
    const deep = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`
    const text = `[${JSON.stringify({ version: 1, education: 'master' })},${deep},${JSON.stringify({ version: 1, education: 'doctorate' })}]`
    const outcome = processFile(new TextEncoder().encode(text), 'x.json', TODAY)
    expect(outcome.ok && outcome.rows.map((r) => [r.line, r.status])).toEqual([
      [1, 'valid'],
      [2, 'invalid'],
      [3, 'valid'],
    ])
    const bad = outcome.ok ? outcome.rows[1]! : null
    expect(bad?.status === 'invalid' && bad.errors).toEqual([{ column: '', code: 'tooDeep', value: '32' }])
    // The outcome crosses from the worker as JSON text: it must survive that too.
    expect(() => JSON.stringify(outcome)).not.toThrow()
  })
})
