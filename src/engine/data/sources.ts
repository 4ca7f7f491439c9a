// The legal documents the rules cite. Document numbers and links live here only.
// Evidence and confidence: docs/rules.md (§ numbers in each rule's `evidence`).
// SourceId is derived from the keys below: a new document is one entry here.

/** A document as written below (its id is checked against its key by tests/engine/data-lint). */
interface SourceData {
  id: string
  /** Title in Chinese, as published. */
  title: string
  /** 文号, or null where it has not been found. */
  number: string | null
  issuer: string
  effectiveFrom: string | null
  /** Reported end of validity, if any. */
  validTo: string | null
  confidence: 'high' | 'medium' | 'low'
  note?: string
}

const SOURCE_DATA = {
  'sh-2017-98': {
    id: 'sh-2017-98',
    title: '上海市居住证积分管理办法',
    number: '沪府发〔2017〕98号',
    issuer: '上海市人民政府',
    effectiveFrom: '2018-01-01',
    validTo: '2022-12-31',
    confidence: 'high',
  },
  'sh-2023': {
    id: 'sh-2023',
    title: '上海市居住证积分管理办法（2023 年重新发布）',
    number: null,
    issuer: '上海市人民政府',
    effectiveFrom: '2023-01-01',
    validTo: '2027-12-31',
    confidence: 'medium',
    note: 'Document number and text not found; no change of point values reported (rules §10, §Q1).',
  },
  'sh-detail-rules': {
    id: 'sh-detail-rules',
    title: '上海市居住证积分管理办法实施细则',
    number: null,
    issuer: '上海市人力资源和社会保障局',
    effectiveFrom: null,
    validTo: null,
    confidence: 'medium',
    note: 'A revision was reported in late 2025 by one agency (rules §Q2).',
  },
  'sh-2015-41': {
    id: 'sh-2015-41',
    title: '关于服务具有全球影响力的科技创新中心建设 实施更加积极的人才引进政策的若干意见（居住证积分部分）',
    number: '沪人社力发〔2015〕41号',
    issuer: '上海市人力资源和社会保障局',
    effectiveFrom: '2015-09-30',
    validTo: null,
    confidence: 'medium',
  },
  'lingang-2019': {
    id: 'lingang-2019',
    title: '临港新片区居住证积分专项加分政策',
    number: '沪委发〔2019〕20号；沪人社力〔2019〕415号',
    issuer: '中共上海市委、上海市人民政府；上海市人力资源和社会保障局',
    effectiveFrom: '2019-11-01',
    validTo: null,
    confidence: 'medium',
  },
  'newtowns-2021': {
    id: 'newtowns-2021',
    title: '关于本市“十四五”加快推进新城规划建设工作的实施意见',
    number: '沪府规〔2021〕2号',
    issuer: '上海市人民政府',
    effectiveFrom: '2021-03-02',
    validTo: null,
    confidence: 'medium',
    note: 'Dated 2021-02-23, published 2021-03-02; the five new towns (嘉定、青浦、松江、奉贤、南汇), 5-year gate. Relayed by agencies; the number is confirmed, the points wording is relayed.',
  },
  'lingang-2024': {
    id: 'lingang-2024',
    title: '临港新片区人才政策（2024 年 8 月）',
    number: null,
    issuer: '中国（上海）自由贸易试验区临港新片区管理委员会',
    effectiveFrom: '2024-08-21',
    validTo: null,
    confidence: 'medium',
    note: 'Reported by news relays; a 2025 细则 report still states a 3-year gate (rules §4, §Q3).',
  },
  'wage-notices': {
    id: 'wage-notices',
    title: '上海市上年度全市职工月平均工资（社会保险缴费基数）公布通知',
    number: null,
    issuer: '上海市人力资源和社会保障局',
    effectiveFrom: null,
    validTo: null,
    confidence: 'high',
    note: 'One notice a year; each row of the wage table names its own notice and confidence.',
  },
  'wage-2025': {
    id: 'wage-2025',
    title: '关于公布 2025 年度全市职工月平均工资的通知（2026-08-18）与 2026 年度社会保险缴费基数通知（2026-08-24）',
    number: null,
    issuer: '上海市人力资源和社会保障局',
    effectiveFrom: '2026-07-01',
    validTo: '2027-06-30',
    confidence: 'medium',
    note: '12,577 CNY a month; base range 7,546–37,731 (0.6× and 3×). Quoted by five independent payroll calculators; the government pages were not reachable here (medium-high).',
  },
} as const satisfies Record<string, SourceData>

/** The documents' ids (public as `SourceId` in types.ts). */
export type SourceId = keyof typeof SOURCE_DATA

export interface LegalSource extends SourceData {
  id: SourceId
}

export const SOURCES: Readonly<Record<SourceId, LegalSource>> = SOURCE_DATA
