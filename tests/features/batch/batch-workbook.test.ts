// Workbooks (.xlsx and .xls) written by SheetJS's own writer, read back as batch rows.
import { utils, write } from '@e965/xlsx'
import { describe, expect, it } from 'vitest'
import { processSheet } from '../../../src/features/batch/batch-core'
import { readWorkbook, writeWorkbook } from '../../../src/lib/workbook'

const TODAY = '2026-11-27'
function book(rows: unknown[][], bookType: 'xlsx' | 'biff8' = 'xlsx'): Uint8Array {
  const sheet = utils.aoa_to_sheet(rows, { cellDates: true, UTC: true })
  return new Uint8Array(write({ SheetNames: ['名单'], Sheets: { 名单: sheet } }, { type: 'array', bookType }) as ArrayBuffer)
}

describe('reading workbooks', () => {
  it.each(['xlsx', 'biff8'] as const)('%s: date cells become YYYY-MM-DD, numbers stay numbers, Chinese stays Chinese', (type) => {
    const bytes = book(
      [
        ['姓名', '出生日期', '学历', '社保起始月', '社保截止月', '缴费基数'],
        ['张三', new Date(Date.UTC(1990, 4, 1)), '硕士', '2019-01', '至今', 15000],
      ],
      type,
    )
    const table = readWorkbook(bytes)!
    expect(table.rows).toEqual([
      { line: 1, cells: ['姓名', '出生日期', '学历', '社保起始月', '社保截止月', '缴费基数'] },
      { line: 2, cells: ['张三', '1990-05-01', '硕士', '2019-01', '至今', '15000'] },
    ])
    const outcome = processSheet(table.rows, TODAY)
    expect(outcome.ok && outcome.rows[0]).toMatchObject({
      candidate: '张三',
      status: 'valid',
      profile: { birthDate: '1990-05-01', education: 'master', socialInsurance: [{ from: '2019-01', to: '2026-11', base: 15000 }] },
    })
  })

  it('bytes that are not a workbook are null, not a crash', () => {
    expect(readWorkbook(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBeNull()
  })
})

describe('writing the results workbook', () => {
  it('neutralises formula text as the CSV does, keeps numbers as numbers, and reads back the same', () => {
    const bytes = writeWorkbook([
      ['候选人', '总积分'],
      ["=cmd|' /C calc'!A0", '126'],
      ['@SUM(A1)', '-50'],
    ])
    expect(readWorkbook(bytes)!.rows.map((r) => r.cells)).toEqual([
      ['候选人', '总积分'],
      ["'=cmd|' /C calc'!A0", '126'],
      ["'@SUM(A1)", '-50'],
    ])
  })
})
