// Which field a header cell names, as HR files write headers: the column key ("birthDate"), the
// template's "出生日期 (birthDate)", the field's Chinese or English label alone, or a common
// synonym (姓名, 出生年月, 最高学历, 缴费基数…). Social insurance may come as one history cell or
// as from/to/base columns, numbered for several periods ("社保起始月2", "第2段缴费基数").
// Unknown or ambiguous headers are left to the mapping step. Pure: no DOM.
import { CANDIDATE_COLUMN, CSV_COLUMNS } from './csv-profile'
import { isNotRead, norm, periodColumn, type PeriodPart, type Target } from './csv-targets'

export { isNotRead, parsePeriodColumn, periodColumn, type PeriodColumn, type PeriodPart, type Target } from './csv-targets'

/** Synonyms beyond the key and the catalogue labels, normalised (see norm). */
const SYNONYMS: Partial<Record<Target | PeriodPart, readonly string[]>> = {
  candidate: ['候选人', '姓名', '名字', '员工姓名', '职工姓名', '申请人', 'name', 'candidatename', 'employee', 'employeename'],
  asOf: ['评估日期', '核算日期', '测算日期', 'assessmentdate'],
  birthDate: ['出生日期', '出生年月', '出生年月日', '生日', 'birthdate', 'dateofbirth', 'dob'],
  education: ['学历', '最高学历', '学历层次', 'highesteducation'],
  degree: ['学位', '最高学位', 'degree'],
  fullTimeStudy: ['全日制', '是否全日制', '全日制学历', 'fulltime', 'fulltimestudy'],
  qualification: ['职称', '技能等级', '职业资格', '职业资格等级', '职称技能等级', '职称或技能等级', '职称职业资格', 'title', 'skilllevel'],
  socialInsurance: ['社保缴费记录', '社保记录', '缴费记录', '社保缴费', 'socialinsurance'],
  shortageMajor: ['紧缺急需专业', '紧缺专业', '是否紧缺急需专业'],
  freshGraduate: ['应届毕业生', '应届生', '是否应届', '是否应届毕业生'],
  publicServiceSince: ['环卫工作起始日期', '从事环卫工作起始日期'],
  'keyArea.kind': ['重点区域', '远郊重点区域', '所在区域', '工作区域', 'keyarea'],
  'keyArea.since': ['区域起始日期', '重点区域起始日期', '在重点区域工作居住起始日期'],
  spouseHukouSince: ['配偶落户日期', '结婚日期', '配偶落户', '与本市户籍配偶结婚日期'],
  award: ['表彰', '奖励', '表彰奖励', '获奖'],
  'investment.avgAnnualTax': ['年均纳税额', '年均纳税', '纳税额'],
  'investment.avgLocalHires': ['年均聘用本市户籍人数', '聘用本市户籍人数', '本市户籍员工数'],
  innovation: ['创新创业', '创新创业人才'],
  'deductions.falseMaterials': ['虚假材料', '虚假材料次数', '提供虚假材料次数'],
  'deductions.detentions': ['行政拘留', '行政拘留次数', '拘留次数'],
  'deductions.crimes': ['刑事犯罪次数', '一般刑事犯罪', '一般刑事犯罪次数', '一般刑事犯罪记录次数'],
  seriousCrime: ['严重刑事犯罪', '严重刑事犯罪记录'],
  from: ['社保起始月', '参保起始', '参保起始月', '参保开始', '缴费起始月', '缴费开始月', '社保开始月', '起始月', '开始月', '开始月份', '起始月份', 'from', 'startmonth'],
  to: ['社保截止月', '参保截止', '参保截止月', '缴费截止月', '社保结束月', '截止月', '结束月', '结束月份', '截止月份', '至今', 'to', 'endmonth'],
  base: ['缴费基数', '月缴费基数', '社保基数', '社保缴费基数', '基数', '月基数', 'base', 'monthlybase'],
}

/** The fields' labels in the page's catalogues (zh, en); tests/lib/csv-headers.test.ts keeps them in step. */
const LABELS: Record<string, readonly string[]> = {
  asOf: ['评估日期', 'Assessment date'],
  birthDate: ['出生日期', 'Date of birth'],
  education: ['最高学历', 'Highest education'],
  fullTimeStudy: ['是否全日制', 'Full-time study (全日制)'],
  qualification: ['职称或技能等级', 'Title or skill level'],
  socialInsurance: ['社保缴费记录', 'Social-insurance history'],
  shortageMajor: ['紧缺急需专业', 'Shortage major'],
  freshGraduate: ['应届毕业生', 'Fresh graduate'],
  publicServiceSince: ['从事环卫工作的起始日期', 'Start of sanitation work'],
  'keyArea.kind': ['所在区域', 'Area'],
  'keyArea.since': ['在该区域工作并居住的起始日期', 'Working and living there since'],
  spouseHukouSince: ['与本市户籍配偶的结婚日期', 'Married to a Shanghai hukou holder since'],
  award: ['表彰奖励', 'Commendation'],
  'investment.avgAnnualTax': ['本人份额的年均纳税额', 'Your share of average annual tax'],
  'investment.avgLocalHires': ['年均聘用本市户籍人数', 'Average Shanghai-hukou employees a year'],
  innovation: ['创新创业人才', 'Innovation and start-up talent'],
  'deductions.falseMaterials': ['提供虚假材料次数', 'Cases of false materials'],
  'deductions.detentions': ['行政拘留次数', 'Administrative detentions'],
  'deductions.crimes': ['一般刑事犯罪记录次数', 'Ordinary criminal records'],
  seriousCrime: ['严重刑事犯罪记录', 'Serious criminal record'],
}

const TABLE = new Map<string, Target | PeriodPart>()
const add = (text: string, target: Target | PeriodPart) => {
  const k = norm(text)
  if (k && !TABLE.has(k)) TABLE.set(k, target)
}
for (const [target, words] of Object.entries(SYNONYMS)) for (const w of words ?? []) add(w, target as Target | PeriodPart)
for (const [column, labels] of Object.entries(LABELS)) for (const label of labels) add(label, column as Target)
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
