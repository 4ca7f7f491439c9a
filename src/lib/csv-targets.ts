// What a batch column can be read as (a profile column, a separate 学位 column, a numbered
// from/to/base period column) and the columns never read. Kept apart from the synonym tables
// (csv-headers.ts) so that the batch page can use these without loading the word lists.
import type { CsvColumn } from './csv-profile'
import type { PeriodPart } from './fields/registry'

export type { PeriodPart }
/** A period's from/to/base column: `socialInsurance.<n>.<part>`, n from 1. */
export type PeriodColumn = `socialInsurance.${number}.${PeriodPart}`
/** degree: a separate 学位 column, combined with education (本科 + 学士 → bachelorDegree). */
export type Target = CsvColumn | PeriodColumn | 'degree'

export const periodColumn = (n: number, part: PeriodPart): PeriodColumn => `socialInsurance.${n}.${part}`
export function parsePeriodColumn(target: string): { n: number; part: PeriodPart } | null {
  const m = /^socialInsurance\.(\d+)\.(from|to|base)$/.exec(target)
  return m ? { n: Number(m[1]), part: m[2] as PeriodPart } : null
}

/** Lower case, without spaces, punctuation, brackets and the words 的/（必填）. */
export const norm = (s: string) =>
  s
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[(（][^)）]*必填[^)）]*[)）]|\*/g, '')
    .replace(/[\s\-_.,，、:：/／'’"“”+＋()（）[\]【】的]/g, '')

/** Columns HR files often hold that the points do not use: not read, reported, never asked about. */
const NOT_READ = new Set(['备注', '说明', '序号', '部门', '性别', 'notes', 'note', 'remark', 'remarks', 'comment', 'comments', 'no'].map((w) => norm(w)))
export const isNotRead = (cell: string) => NOT_READ.has(norm(cell))

