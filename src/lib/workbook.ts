// Excel and WPS workbooks (.xlsx, .xls) ↔ tables of cells, with SheetJS (@e965/xlsx, the 0.20.3
// release with the CVE-2023-30533 and CVE-2024-22363 fixes). This module is loaded only when a
// workbook is chosen or exported (dynamic import), so the batch page's first load carries none
// of it. Pure: bytes in, bytes out.
import { read, utils, write, SSF, type CellObject } from '@e965/xlsx'
import { neutraliseCell } from './csv-profile'
import { serialToDate } from './csv-values'

export interface SheetTable {
  /** 1-based row number of each row, as the spreadsheet shows it. */
  rows: { line: number; cells: string[] }[]
}

/** A cell as text: dates as YYYY-MM-DD (date-formatted numbers included), numbers as typed. */
function cellText(cell: CellObject | undefined): string {
  if (!cell || cell.v === undefined || cell.v === null) return ''
  if (cell.t === 'd' && cell.v instanceof Date) {
    const d = cell.v
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
  }
  if (cell.t === 'n' && typeof cell.v === 'number') {
    const format = typeof cell.z === 'string' ? cell.z : ''
    if (format && SSF.is_date(format)) return serialToDate(cell.v) ?? String(cell.v)
    return String(cell.v)
  }
  if (cell.t === 'b') return cell.v ? 'true' : 'false'
  if (cell.t === 'e') return cell.w ?? ''
  return String(cell.v)
}

/** The first sheet's cells as text rows; null when the bytes are not a readable workbook. */
export function readWorkbook(bytes: Uint8Array): SheetTable | null {
  let sheet
  try {
    const book = read(bytes, { type: 'array', dense: true, cellNF: true, cellFormula: false, cellHTML: false })
    sheet = book.Sheets[book.SheetNames[0] ?? '']
  } catch {
    return null
  }
  if (!sheet?.['!ref']) return { rows: [] }
  const range = utils.decode_range(sheet['!ref'])
  const data = (sheet['!data'] ?? []) as (CellObject[] | undefined)[]
  const rows: SheetTable['rows'] = []
  for (let r = range.s.r; r <= range.e.r; r++) {
    const row = data[r] ?? []
    const cells: string[] = []
    for (let c = range.s.c; c <= range.e.c; c++) cells.push(cellText(row[c]))
    while (cells.length && cells[cells.length - 1] === '') cells.pop()
    rows.push({ line: r + 1, cells })
  }
  return { rows }
}

const NUMERIC = /^-?\d+(\.\d+)?$/

/**
 * A table → .xlsx bytes. Numbers stay numbers; text that a spreadsheet could take for a formula
 * gets the same leading apostrophe as in CSV, so a re-saved copy stays safe.
 */
export function writeWorkbook(table: readonly (readonly string[])[], sheetName = 'Sheet1'): Uint8Array {
  const aoa = table.map((row) => row.map((v) => (NUMERIC.test(v) && v.length < 16 ? Number(v) : neutraliseCell(v))))
  const book = utils.book_new()
  utils.book_append_sheet(book, utils.aoa_to_sheet(aoa), sheetName)
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer)
}
