// The registry's spreadsheet side (./registry.ts, same paths): how HR files name each field's
// column, how they write its choices, and the template's example cells. Only the batch page and its
// worker load this (the word lists would weigh on the first screen). The labels repeat the
// catalogues' (engine.field.<path>, engine.<group>.<value>), so that a file written with the page's
// own headers is read back; tests/lib/csv-headers.test.ts keeps them in step.
import type { ProfilePath } from './registry'

export interface SheetWords {
  /** The field's label in the catalogues: Chinese, English. */
  label: readonly [zh: string, en: string]
  /** Other names spreadsheets give the column (compared as csv-targets' norm does). */
  also?: readonly string[]
  /** A choice's values: each one's catalogue labels (Chinese, English), then the words HR files use. */
  values?: Readonly<Record<string, readonly string[]>>
  /** The cells of the template's two example rows (see batch-export's templateCsv). */
  example?: readonly [string, string]
}

/** By field; a field without an entry is read by its key alone (the labels are expected here: tests/lib/csv-headers.test.ts). */
export const WORDS: { readonly [P in ProfilePath]?: SheetWords } = {
  asOf: { label: ['评估日期', 'Assessment date'], also: ['核算日期', '测算日期', 'assessmentdate'] },
  birthDate: {
    label: ['出生日期', 'Date of birth'],
    also: ['出生年月', '出生年月日', '生日', 'birthdate', 'dateofbirth', 'dob'],
    example: ['1990-05-01', '1985-11-20'],
  },
  education: {
    label: ['最高学历', 'Highest education'],
    also: ['学历', '学历层次', 'highesteducation'],
    values: {
      none: ['高中及以下', 'High school or below', '无', '高中', '中专', '职高', '技校', '初中', '小学', '中技', '高中中专'],
      associate: ['大专（高职）', 'Associate (大专/高职)', '大专', '专科', '大学专科', '高职', '大专高职'],
      bachelor: ['本科学历（无学士学位）', 'Bachelor’s study, no degree (本科学历)', '本科', '大学本科', '本科无学位', '本科无学士学位'],
      bachelorDegree: [
        '本科学历＋学士学位',
        'Bachelor’s with degree (本科+学士学位)',
        '本科+学士',
        '本科学士',
        '学士',
        '学士学位',
        '本科学士学位',
        '本科及学士',
        '本科学历学士学位',
      ],
      master: ['硕士研究生', 'Master’s (硕士)', '硕士', '研究生', '硕士学位'],
      doctorate: ['博士研究生', 'Doctorate (博士)', '博士', '博士学位'],
    },
    example: ['硕士', '本科+学士'],
  },
  fullTimeStudy: { label: ['是否全日制', 'Full-time study (全日制)'], also: ['全日制', '全日制学历', 'fulltime', 'fulltimestudy'], example: ['是', ''] },
  qualification: {
    label: ['职称或技能等级', 'Title or skill level'],
    also: ['职称', '技能等级', '职业资格', '职业资格等级', '职称技能等级', '职称职业资格', 'title', 'skilllevel'],
    values: {
      none: ['无', 'None', '没有', '初级职称', '员级'],
      skill5: ['技能五级（初级工）', 'Skill level 5 (技能五级)', '初级工', '技能五级', '五级', '职业资格五级'],
      skill4: ['技能四级（中级工）', 'Skill level 4 (技能四级)', '中级工', '技能四级', '四级', '职业资格四级'],
      skill3: ['技能三级（高级工）', 'Skill level 3 (技能三级)', '高级工', '技能三级', '三级', '职业资格三级'],
      skill2: ['技能二级（技师）', 'Skill level 2, technician (技能二级)', '技师', '技能二级', '二级', '职业资格二级'],
      skill1: ['技能一级（高级技师）', 'Skill level 1, senior technician (技能一级)', '高级技师', '技能一级', '一级', '职业资格一级'],
      titleIntermediate: ['中级职称', 'Intermediate title (中级职称)', '中级', '中级专业技术职称', '工程师', '中级专业技术职务'],
      titleSenior: [
        '高级职称',
        'Senior title (高级职称)',
        '副高',
        '正高',
        '副高级',
        '正高级',
        '副高级职称',
        '正高级职称',
        '高级专业技术职称',
        '高级工程师',
      ],
    },
    example: ['', '中级职称'],
  },
  socialInsurance: {
    label: ['社保缴费记录', 'Social-insurance history'],
    also: ['社保记录', '缴费记录', '社保缴费', 'socialinsurance'],
    example: ['2019-01..2023-06@15000;2023-07..至今@18000', '2016-03..至今@13000'],
  },
  shortageMajor: { label: ['紧缺急需专业', 'Shortage major'], also: ['紧缺专业', '是否紧缺急需专业'] },
  freshGraduate: { label: ['应届毕业生', 'Fresh graduate'], also: ['应届生', '是否应届', '是否应届毕业生'] },
  publicServiceSince: { label: ['从事环卫工作的起始日期', 'Start of sanitation work'], also: ['环卫工作起始日期', '从事环卫工作起始日期'] },
  'keyArea.kind': {
    label: ['所在区域', 'Area'],
    also: ['重点区域', '远郊重点区域', '工作区域', 'keyarea'],
    values: {
      lingang: ['临港新片区', 'Lingang New Area (临港新片区)', '临港', '临港地区'],
      newTown: ['五个新城', 'One of the five new towns (五个新城)', '新城'],
      transformation: ['南北转型区域', 'North/south transformation area (南北转型区域)', '转型区', '转型区域', '南北转型'],
    },
    example: ['', '新城'],
  },
  'keyArea.since': {
    label: ['在该区域工作并居住的起始日期', 'Working and living there since'],
    also: ['区域起始日期', '重点区域起始日期', '在重点区域工作居住起始日期'],
    example: ['', '2019-07-01'],
  },
  spouseHukouSince: {
    label: ['与本市户籍配偶的结婚日期', 'Married to a Shanghai hukou holder since'],
    also: ['配偶落户日期', '结婚日期', '配偶落户', '与本市户籍配偶结婚日期'],
    example: ['', '2018-10-01'],
  },
  award: {
    label: ['表彰奖励', 'Commendation'],
    also: ['表彰', '奖励', '获奖'],
    values: {
      none: ['无', 'None', '没有'],
      municipalSpecial: ['市委办局专项表彰', 'Municipal bureau special award (委办局专项表彰)'],
      municipalComprehensive: ['市级综合性表彰', 'Municipal comprehensive award (综合性表彰)'],
      national: ['省部级及以上表彰', 'Provincial/ministerial or higher (省部级及以上)'],
    },
  },
  'investment.avgAnnualTax': { label: ['本人份额的年均纳税额', 'Your share of average annual tax'], also: ['年均纳税额', '年均纳税', '纳税额'] },
  'investment.avgLocalHires': {
    label: ['年均聘用本市户籍人数', 'Average Shanghai-hukou employees a year'],
    also: ['聘用本市户籍人数', '本市户籍员工数'],
  },
  innovation: {
    label: ['创新创业人才', 'Innovation and start-up talent'],
    also: ['创新创业'],
    values: {
      none: ['无', 'None', '没有'],
      startupFounder: ['创业人才', 'Start-up founder (创业人才)'],
      techTransfer: ['创新创业中介服务人才', 'Tech-transfer professional (创新创业中介服务人才)'],
    },
  },
  'deductions.falseMaterials': { label: ['提供虚假材料次数', 'Cases of false materials'], also: ['虚假材料', '虚假材料次数'] },
  'deductions.detentions': { label: ['行政拘留次数', 'Administrative detentions'], also: ['行政拘留', '拘留次数'] },
  'deductions.crimes': {
    label: ['一般刑事犯罪记录次数', 'Ordinary criminal records'],
    also: ['刑事犯罪次数', '一般刑事犯罪', '一般刑事犯罪次数'],
  },
  seriousCrime: { label: ['严重刑事犯罪记录', 'Serious criminal record'], also: ['严重刑事犯罪'] },
}
