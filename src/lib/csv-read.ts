// CSV text → records, RFC 4180 (quoted cells may hold delimiters, quotes and line breaks), with
// recovery: a record whose quoting is broken (a quote never closed, text after a closing quote,
// or a multi-line cell that makes the record longer than the header) becomes one malformed
// record made of its first physical line, and reading goes on with the next line. So one bad
// quote costs one row, never the rest of the file. Pure: no DOM.

export type CsvSyntaxError = 'unclosedQuote' | 'textAfterQuote'

export interface CsvRecord {
  cells: string[]
  /** 1-based physical line the record starts on. */
  line: number
  /** Physical lines the record spans (1 unless a quoted cell holds line breaks). */
  lines: number
  error?: CsvSyntaxError
}

const QUOTE = 34
const LF = 10
const CR = 13

/**
 * Read every record. The first record (the header) gives the expected length, which tells a
 * quote that swallows the following rows from a real multi-line cell.
 */
export function readCsv(text: string, delimiter: string): CsvRecord[] {
  const records: CsvRecord[] = []
  const delim = delimiter.charCodeAt(0)
  const n = text.length
  let i = 0
  let line = 1
  let expected = Infinity
  while (i < n) {
    const start = i
    const startLine = line
    const cells: string[] = []
    let error: CsvSyntaxError | undefined
    let multiLine = false
    // One record: cells until an unquoted line break or the end.
    for (;;) {
      if (text.charCodeAt(i) === QUOTE) {
        let value = ''
        let j = i + 1
        for (;;) {
          const k = text.indexOf('"', j)
          if (k < 0) {
            error = 'unclosedQuote'
            break
          }
          value += text.slice(j, k)
          if (text.charCodeAt(k + 1) === QUOTE) {
            value += '"'
            j = k + 2
          } else {
            j = k + 1
            break
          }
        }
        if (error) break
        for (let p = value.indexOf('\n'); p >= 0; p = value.indexOf('\n', p + 1)) {
          line++
          multiLine = true
        }
        i = j
        cells.push(value)
        const c = text.charCodeAt(i)
        if (i < n && c !== delim && c !== LF && c !== CR) {
          error = 'textAfterQuote'
          break
        }
      } else {
        let j = i
        for (; j < n; j++) {
          const c = text.charCodeAt(j)
          if (c === delim || c === LF || c === CR) break
        }
        cells.push(text.slice(i, j))
        i = j
      }
      const c = text.charCodeAt(i)
      if (i < n && c === delim) {
        i++
        if (i === n) cells.push('')
        continue
      }
      // End of record: CRLF, LF, lone CR or the end of the text.
      if (c === CR) i++
      if (text.charCodeAt(i) === LF) i++
      line++
      break
    }
    if (!error && multiLine && cells.length > expected) error = 'unclosedQuote'
    if (error) {
      // The record is its first physical line, cells split without quoting rules.
      const end = lineEnd(text, start)
      records.push({ cells: text.slice(start, end).split(delimiter), line: startLine, lines: 1, error })
      i = end
      if (text.charCodeAt(i) === CR) i++
      if (text.charCodeAt(i) === LF) i++
      line = startLine + 1
      continue
    }
    const record: CsvRecord = { cells, line: startLine, lines: line - startLine }
    if (!records.length) expected = cells.length
    records.push(record)
  }
  return records
}

function lineEnd(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    const c = text.charCodeAt(j)
    if (c === LF || c === CR) return j
  }
  return text.length
}

/**
 * The delimiter, from the header line alone: comma (CSV), semicolon (CSV in locales with a
 * decimal comma) or tab (Excel's "Unicode text"). Data cells may hold any of them.
 */
export function delimiterOf(text: string): string {
  const header = text.slice(0, lineEnd(text, 0))
  const count = (d: string) => header.split(d).length
  return [',', '\t', ';'].reduce((best, d) => (count(d) > count(best) ? d : best))
}
