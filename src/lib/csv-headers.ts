// Which field a header cell names, as HR files write headers: the column key ("birthDate"), the
// template's "出生日期 (birthDate)", the field's Chinese or English label alone, or a common
// synonym (姓名, 出生年月, 最高学历, 缴费基数…; a field's labels and synonyms are in fields/words.ts).
// Social insurance may come as one history cell or as from/to/base columns, numbered for several
// periods ("社保起始月2", "第2段缴费基数").
// Unknown or ambiguous headers are left to the mapping step. Pure: no DOM.
import { CANDIDATE_COLUMN, CSV_COLUMNS, type ProfileColumn } from './csv-profile'
import { WORDS, type SheetWords } from './fields/words'
import { isNotRead, norm, periodColumn, type PeriodPart, type Target } from './csv-targets'

export { isNotRead, parsePeriodColumn, periodColumn, type PeriodColumn, type PeriodPart, type Target } from './csv-targets'

/** Words for the columns that are no profile field: the candidate, 学位 and a period's parts. */
const SYNONYMS: Partial<Record<Target | PeriodPart, readonly string[]>> = {
  candidate: ['候选人', '姓名', '名字', '员工姓名', '职工姓名', '申请人', 'name', 'candidatename', 'employee', 'employeename'],
  degree: ['学位', '最高学位', 'degree'],
  from: ['社保起始月', '参保起始', '参保起始月', '参保开始', '缴费起始月', '缴费开始月', '社保开始月', '起始月', '开始月', '开始月份', '起始月份', 'from', 'startmonth'],
  to: ['社保截止月', '参保截止', '参保截止月', '缴费截止月', '社保结束月', '截止月', '结束月', '结束月份', '截止月份', '至今', 'to', 'endmonth'],
  base: ['缴费基数', '月缴费基数', '社保基数', '社保缴费基数', '基数', '月基数', 'base', 'monthlybase'],
}

const TABLE = new Map<string, Target | PeriodPart>()
const add = (text: string, target: Target | PeriodPart) => {
  const k = norm(text)
  if (k && !TABLE.has(k)) TABLE.set(k, target)
}
for (const [target, words] of Object.entries(SYNONYMS)) for (const w of words ?? []) add(w, target as Target | PeriodPart)
// Each field: what spreadsheets also call it, then its labels (zh, en) as the page shows them.
for (const [column, { label, also = [] }] of Object.entries(WORDS) as [ProfileColumn, SheetWords][]) for (const w of [...also, ...label]) add(w, column)
for (const column of CSV_COLUMNS) add(column, column)

/** Which target a header cell names, or null. Numbered period columns carry their number. */
export function matchHeader(cell: string): Target | null {
  const t = cell.replace(/^\uFEFF/, '').trim()
  if (!t) return null
  // "出生日期 (birthDate)", as the template writes it; "socialInsurance.2.from" as a key.
  const key = /[(（]\s*([\w.]+)\s*[)）]$/.exec(t)?.[1] ?? t
  const byKey = CSV_COLUMNS.find((c) => c.toLowerCase() === key.toLowerCase())
  if (byKey) return byKey
  const period = /^socialinsurance\.(\d+)\.(from|to|base)$/i.exec(key)
  if (period) return periodColumn(Number(period[1]), period[2]!.toLowerCase() as PeriodPart)
  const whole = TABLE.get(norm(t))
  if (whole) return isPart(whole) ? periodColumn(1, whole) : whole
  // Numbered periods: "社保起始月2", "社保起始月（2）", "第2段缴费基数", "from 3".
  const m = /^第\s*(\d+)\s*段\s*(.+)$/.exec(t) ?? /^(.+?)\s*[(（#_-]?\s*(\d+)\s*[)）]?$/.exec(t)
  if (m) {
    const [n, word] = /^\d+$/.test(m[1]!) ? [Number(m[1]), m[2]!] : [Number(m[2]), m[1]!]
    const part = TABLE.get(norm(word))
    if (part && isPart(part) && n >= 1 && n <= 50) return periodColumn(n, part)
  }
  return null
}

const isPart = (x: string): x is PeriodPart => x === 'from' || x === 'to' || x === 'base'

export interface HeaderMapping {
  /** The target of each header cell (null: not read). */
  targets: (Target | null)[]
  /** Header cells that name nothing, by index. */
  unknown: number[]
  /** Header cells naming a target an earlier cell already names, by index. */
  duplicate: number[]
}

/** The automatic mapping of a header row. Result columns of our own exports are not unknown. */
export function mapHeaders(header: readonly string[], isResultColumn: (cell: string) => boolean = () => false): HeaderMapping {
  const targets: (Target | null)[] = []
  const unknown: number[] = []
  const duplicate: number[] = []
  const seen = new Set<Target>()
  header.forEach((cell, i) => {
    const target = matchHeader(cell)
    if (target && seen.has(target)) {
      duplicate.push(i)
      targets.push(null)
    } else {
      if (target) seen.add(target)
      else if (cell.trim() && !isResultColumn(cell) && !isNotRead(cell)) unknown.push(i)
      targets.push(target)
    }
  })
  return { targets, unknown, duplicate }
}

/** Whether a mapping names any profile field (a candidate label alone is not a file of profiles). */
export const mapsAProfile = (targets: readonly (Target | null)[]) => targets.some((t) => t !== null && t !== CANDIDATE_COLUMN)

/** The key under which a mapping is remembered: the header cells themselves. */
export const headerSignature = (header: readonly string[]) => header.map((c) => c.trim()).join('\u0001')
