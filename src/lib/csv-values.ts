// Cell values as HR spreadsheets write them → the profile's values: choices in Chinese (本科,
// 技师, 副高, 临港, 是/否), dates as Excel and WPS write them (1990/5/1, 1990年5月1日, 1990.05,
// serial numbers such as 32994) and 至今 for a period still running. What cannot be read is
// returned as typed, so that the schema names the problem. Pure: no DOM.

/** The profile's choice fields and their catalogue group (engine.<group>.<value>). */
export const ENUM_GROUPS = {
  education: 'education',
  qualification: 'qualification',
  'keyArea.kind': 'keyAreaKind',
  award: 'award',
  innovation: 'innovation',
} as const
export type EnumColumn = keyof typeof ENUM_GROUPS

/** Words for each value beyond its code and its catalogue labels; compared without spaces and brackets. */
const WORDS: Record<EnumColumn, Record<string, readonly string[]>> = {
  education: {
    none: ['无', '高中及以下', '高中', '中专', '职高', '技校', '初中', '小学', '中技', '高中中专'],
    associate: ['大专', '专科', '大学专科', '高职', '大专高职'],
    bachelor: ['本科', '大学本科', '本科无学位', '本科无学士学位'],
    bachelorDegree: ['本科+学士', '本科学士', '学士', '学士学位', '本科学士学位', '本科及学士', '本科学历学士学位'],
    master: ['硕士', '研究生', '硕士研究生', '硕士学位'],
    doctorate: ['博士', '博士研究生', '博士学位'],
  },
  qualification: {
    none: ['无', '没有', '初级职称', '员级'],
    skill5: ['初级工', '技能五级', '五级', '职业资格五级'],
    skill4: ['中级工', '技能四级', '四级', '职业资格四级'],
    skill3: ['高级工', '技能三级', '三级', '职业资格三级'],
    skill2: ['技师', '技能二级', '二级', '职业资格二级'],
    skill1: ['高级技师', '技能一级', '一级', '职业资格一级'],
    titleIntermediate: ['中级职称', '中级', '中级专业技术职称', '工程师', '中级专业技术职务'],
    titleSenior: ['高级职称', '副高', '正高', '副高级', '正高级', '副高级职称', '正高级职称', '高级专业技术职称', '高级工程师'],
  },
  'keyArea.kind': {
    lingang: ['临港', '临港新片区', '临港地区'],
    newTown: ['新城', '五个新城'],
    transformation: ['转型区', '转型区域', '南北转型', '南北转型区域'],
  },
  award: {
    none: ['无', '没有'],
  },
  innovation: {
    none: ['无', '没有'],
  },
}

/** The choices' labels in the page's catalogues (zh, en); tests/lib/csv-headers.test.ts keeps them in step. */
const LABELS: Record<EnumColumn, Record<string, readonly string[]>> = {
  education: {
    none: ['高中及以下', 'High school or below'],
    associate: ['大专（高职）', 'Associate (大专/高职)'],
    bachelor: ['本科学历（无学士学位）', 'Bachelor’s study, no degree (本科学历)'],
    bachelorDegree: ['本科学历＋学士学位', 'Bachelor’s with degree (本科+学士学位)'],
    master: ['硕士研究生', 'Master’s (硕士)'],
    doctorate: ['博士研究生', 'Doctorate (博士)'],
  },
  qualification: {
    none: ['无', 'None'],
    skill5: ['技能五级（初级工）', 'Skill level 5 (技能五级)'],
    skill4: ['技能四级（中级工）', 'Skill level 4 (技能四级)'],
    skill3: ['技能三级（高级工）', 'Skill level 3 (技能三级)'],
    skill2: ['技能二级（技师）', 'Skill level 2, technician (技能二级)'],
    skill1: ['技能一级（高级技师）', 'Skill level 1, senior technician (技能一级)'],
    titleIntermediate: ['中级职称', 'Intermediate title (中级职称)'],
    titleSenior: ['高级职称', 'Senior title (高级职称)'],
  },
  'keyArea.kind': {
    lingang: ['临港新片区', 'Lingang New Area (临港新片区)'],
    newTown: ['五个新城', 'One of the five new towns (五个新城)'],
    transformation: ['南北转型区域', 'North/south transformation area (南北转型区域)'],
  },
  award: {
    none: ['无', 'None'],
    municipalSpecial: ['市委办局专项表彰', 'Municipal bureau special award (委办局专项表彰)'],
    municipalComprehensive: ['市级综合性表彰', 'Municipal comprehensive award (综合性表彰)'],
    national: ['省部级及以上表彰', 'Provincial/ministerial or higher (省部级及以上)'],
  },
  innovation: {
    none: ['无', 'None'],
    startupFounder: ['创业人才', 'Start-up founder (创业人才)'],
    techTransfer: ['创新创业中介服务人才', 'Tech-transfer professional (创新创业中介服务人才)'],
  },
}

const squash = (s: string) => s.toLowerCase().replace(/[\s()（）[\]【】+＋、,，/·]/g, '')

const TABLES = Object.fromEntries(
  (Object.keys(ENUM_GROUPS) as EnumColumn[]).map((column) => {
    const table = new Map<string, string>()
    const put = (word: string, value: string) => {
      const k = squash(word)
      if (k && !table.has(k)) table.set(k, value)
    }
    for (const [value, words] of Object.entries(WORDS[column])) {
      put(value, value)
      for (const w of words) put(w, value)
    }
    for (const [value, labels] of Object.entries(LABELS[column])) {
      put(value, value)
      for (const l of labels) put(l, value)
    }
    return [column, table]
  }),
) as Record<EnumColumn, Map<string, string>>

/** A choice cell → its code, from the code (any case), a catalogue label or a common word. */
export function toEnum(column: EnumColumn, text: string): string {
  const t = text.trim()
  return TABLES[column].get(squash(t)) ?? t
}

const pad2 = (n: number | string) => String(n).padStart(2, '0')

/** Excel's day numbers (1900 system, with its 1900-02-29): 1 = 1900-01-01, 25569 = 1970-01-01. */
export function serialToDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null
  const d = new Date(Math.round((Math.floor(serial) - 25569) * 86400000))
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`
}

const OPEN_END = /^(至今|今|现在|在职|在缴|now|present|current|ongoing)$/i

/** Whether a to-month cell means "still paying" (至今). */
export const isOpenEnd = (text: string) => OPEN_END.test(text.trim())

/**
 * A date cell → YYYY-MM-DD: 1990-05-01, 1990/5/1, 1990.5.1, 1990年5月1日, 19900501, an Excel
 * serial number; a month alone (1990-05, 1990.05, 1990年5月, 199005) is its first day.
 * Anything else is returned trimmed, for the schema to report.
 */
export function toDate(text: string): string {
  const t = text.trim()
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t)
  if (m) return `${m[1]}-${pad2(m[2]!)}-${pad2(m[3]!)}`
  m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(t) ?? /^(\d{4})(\d{2})$/.exec(t)
  if (m) return `${m[1]}-${pad2(m[2]!)}-01`
  if (/^\d{5}(\.\d+)?$/.test(t)) return serialToDate(Number(t)) ?? t
  return t
}

/** A month cell → YYYY-MM (any date form above, its day dropped); else as typed. */
export function toMonth(text: string): string {
  const d = toDate(text)
  return /^\d{4}-\d{2}-\d{2}$/.test(d) ? d.slice(0, 7) : d
}
