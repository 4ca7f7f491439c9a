// The rulesets: point values and conditions of 《上海市居住证积分管理办法》 as typed data, with a
// citation on every rule and, where the law cites it separately, on every value.
// Contract: docs/rules.md §1. Evidence: docs/rules.md (§ in `evidence`).
//
// Adding a ruleset: append an entry to RULESETS (effectiveFrom strictly after the last one) and
// give it its own rules (reuse `indicatorRules` when the values are unchanged), then add law
// cases on both sides of its effectiveFrom in tests/engine/law. Its id is a RulesetId from then on.
import type { Award, Education, KeyAreaKind, Qualification } from '../schema'
import type { FindingCode, ItemId, LegalRef, RulesetId, SourceId } from '../types'
import type { DoubtCode, RequirementCode } from './requirements'

/** A ratio as a fraction, so that 0.8× is compared exactly (5·base ≥ 4·wage). */
export interface Ratio {
  num: number
  den: number
}

export interface Rule<P> {
  ref: LegalRef
  /** Ceiling of the item, null where the rule sets none. */
  max: number | null
  /** The evidence for this rule is thin or conflicting (a finding says why). */
  uncertain: boolean
  params: P
}

export interface KeyAreaGate {
  /** The gate applies to assessments on or after this date. */
  from: string
  /** Full years before the area scores; null: the area's policy is not in force yet (0, a finding). */
  years: number | null
  ref: LegalRef
}

/** What one kind of key area adds to the rule: doubts about it, and what moving there requires. */
export interface KeyAreaFacts {
  /** Raised (with the gate's years) whenever the area is claimed and its policy is in force; null: none. */
  finding: FindingCode | null
  /** The item is uncertain for this area, whatever the rule's own flag says. */
  uncertain: boolean
  /** The road's action of working and living there: what it requires, what is doubtful. */
  requires: readonly RequirementCode[]
  doubts: readonly DoubtCode[]
}

export interface IndicatorRules {
  age: Rule<{ cap: number; floor: number; floorFromAge: number; perYear: number; maxAge: number }>
  education: Rule<{ points: Record<Education, number> }>
  qualification: Rule<{
    points: Record<Qualification, number>
    /** Levels that need the contribution-base condition. */
    baseCondition: { levels: readonly Qualification[]; window: number; months: number; multiple: Ratio; ref: LegalRef }
  }>
  socialInsuranceYears: Rule<{ perYear: number; monthsPerYear: number; doubtAbove: number }>
  shortageMajor: Rule<{ points: number; minEducation: Education }>
  investment: Rule<{ perStep: number; taxStep: number; hiresStep: number; cap: number; doubtCap: number }>
  contributionBase: Rule<{
    top: { window: number; months: number; multiple: number; tolerance: number; points: number }
    window: number
    months: number
    /** Highest first. A month counts toward every band at or below its ratio. */
    bands: readonly { min: Ratio; points: number }[]
  }>
  publicService: Rule<{ gateYears: number; perYear: number; doubtAbove: number }>
  keyArea: Rule<{ perYear: number; cap: number; gates: Record<KeyAreaKind, readonly KeyAreaGate[]>; areas: Record<KeyAreaKind, KeyAreaFacts> }>
  freshGraduate: Rule<{ points: number }>
  award: Rule<{ points: Record<Award, number> }>
  spouse: Rule<{ perYear: number; cap: number }>
  innovation: Rule<{ points: number }>
  falseMaterials: Rule<{ perRecord: number; windowYears: number }>
  detentions: Rule<{ perRecord: number; windowYears: number }>
  crimes: Rule<{ perRecord: number; windowYears: number }>
}

/** A ruleset as written below (RulesetId is derived from the ids written there). */
interface RulesetData {
  id: string
  title: string
  source: SourceId
  effectiveFrom: string
  /** Reported end of validity; after it the ruleset still applies, with a finding. */
  validTo: string | null
  /** When these values were last checked against the evidence. */
  lastVerified: string
  threshold: { value: number; ref: LegalRef }
  /** Conditions of applying: `months` of the `window` months before asOf paid, age minAge–maxAge. */
  eligibility: { months: number; window: number; minAge: number; maxAge: number; ref: LegalRef }
  veto: { ref: LegalRef }
  rules: IndicatorRules
}

export interface Ruleset extends RulesetData {
  id: RulesetId
}

// Every item id has a rule: checked at compile time here.
type _AllItems = { [K in ItemId]: IndicatorRules[K] }

const ref = (source: SourceId, line: string, evidence: string): LegalRef => ({ source, line, evidence })

/** The indicator table of the 2018 measures, whose values the 2023 re-issue kept (rules §10). */
function indicatorRules(doc: SourceId): IndicatorRules {
  const rules: _AllItems = {
    age: {
      ref: ref(doc, '基础指标 · 年龄：56–60 周岁 5 分，每年轻 1 岁加 2 分，最高 30 分', 'rules §B1'),
      max: 30,
      uncertain: false,
      params: { cap: 30, floor: 5, floorFromAge: 56, perYear: 2, maxAge: 60 },
    },
    education: {
      ref: ref(doc, '基础指标 · 教育背景', 'rules §B2'),
      max: 110,
      uncertain: false,
      params: { points: { none: 0, associate: 50, bachelor: 60, bachelorDegree: 90, master: 100, doctorate: 110 } },
    },
    qualification: {
      ref: ref(doc, '基础指标 · 专业技术职称和技能等级（与教育背景不累计，取最高）', 'rules §B3'),
      max: 140,
      uncertain: false,
      params: {
        points: {
          none: 0,
          skill5: 15,
          skill4: 30,
          skill3: 60,
          skill2: 100,
          titleIntermediate: 100,
          skill1: 140,
          titleSenior: 140,
        },
        baseCondition: {
          levels: ['skill2', 'skill1', 'titleIntermediate', 'titleSenior'],
          window: 12,
          months: 6,
          multiple: { num: 1, den: 1 },
          ref: ref(doc, '基础指标 · 中级及以上职称、技能二级及以上：近 12 个月中至少 6 个月缴费基数不低于上年度全市职工月平均工资', 'rules §B3'),
        },
      },
    },
    socialInsuranceYears: {
      ref: ref(doc, '基础指标 · 在本市工作及缴纳职工社会保险年限：每满 1 年积 3 分', 'rules §B4, §Q5'),
      max: null,
      uncertain: true,
      params: { perYear: 3, monthsPerYear: 12, doubtAbove: 30 },
    },
    shortageMajor: {
      ref: ref(doc, '加分指标 · 紧缺急需专业：30 分', 'rules §A3, §6'),
      max: 30,
      uncertain: false,
      params: { points: 30, minEducation: 'associate' },
    },
    investment: {
      ref: ref(doc, '加分指标 · 投资纳税或带动本市就业：每 10 万元或每 10 人积 10 分，最高 100 分', 'rules §A4, §8'),
      max: 100,
      uncertain: true,
      params: { perStep: 10, taxStep: 100_000, hiresStep: 10, cap: 100, doubtCap: 120 },
    },
    contributionBase: {
      ref: ref(doc, '加分指标 · 缴纳职工社会保险费基数（近 4 年 36 个月 0.8/1/2 倍：25/50/100 分；近 3 年 24 个月 3 倍：120 分）', 'rules §A5, §3, §Q6'),
      max: 120,
      uncertain: false,
      params: {
        top: { window: 36, months: 24, multiple: 3, tolerance: 1, points: 120 },
        window: 48,
        months: 36,
        bands: [
          { min: { num: 2, den: 1 }, points: 100 },
          { min: { num: 1, den: 1 }, points: 50 },
          { min: { num: 4, den: 5 }, points: 25 },
        ],
      },
    },
    publicService: {
      ref: ref(doc, '加分指标 · 特定的公共服务领域（环卫）：每满 1 年积 4 分，满 5 年后计入', 'rules §A6, §5, §Q4'),
      max: null,
      uncertain: true,
      params: { gateYears: 5, perYear: 4, doubtAbove: 20 },
    },
    keyArea: {
      ref: ref(doc, '加分指标 · 远郊重点区域工作并居住：每满 1 年积 2 分，最高 20 分', 'rules §A7, §4'),
      max: 20,
      uncertain: false,
      params: {
        perYear: 2,
        cap: 20,
        gates: {
          lingang: [
            { from: '2024-08-21', years: 0, ref: ref('lingang-2024', '临港新片区：工作并居住每满 1 年即计分', 'rules §4, §Q3') },
            { from: '2019-11-01', years: 3, ref: ref('lingang-2019', '临港新片区：满 3 年后计分', 'rules §4') },
            { from: '0000-01-01', years: 5, ref: ref(doc, '远郊重点区域（临港地区）：满 5 年后计分', 'rules §4') },
          ],
          newTown: [
            { from: '2021-03-02', years: 5, ref: ref('newtowns-2021', '五个新城：工作并居住满 5 年后计分', 'rules §4') },
            { from: '0000-01-01', years: null, ref: ref('newtowns-2021', '五个新城政策自 2021-03-02 起施行', 'rules §4') },
          ],
          transformation: [{ from: '0000-01-01', years: 5, ref: ref('sh-detail-rules', '南北地区重点转型区域：满 5 年后计分', 'rules §4, §Q14') }],
        },
        areas: {
          // The Lingang gate is in doubt (3 years or none: rules §Q3), and the area recommends.
          lingang: { finding: 'keyAreaLingangGate', uncertain: true, requires: ['workAndLive', 'lingangRecommendation'], doubts: ['lingangGate'] },
          newTown: { finding: null, uncertain: false, requires: ['workAndLive'], doubts: [] },
          // Which towns, and where their boundaries run, is not settled (rules §Q14).
          transformation: { finding: null, uncertain: false, requires: ['workAndLive'], doubts: ['areaBoundaries'] },
        },
      },
    },
    freshGraduate: {
      ref: ref(doc, '加分指标 · 全日制应届高校毕业生：10 分', 'rules §A8, §Q9'),
      max: 10,
      uncertain: false,
      params: { points: 10 },
    },
    award: {
      ref: ref(doc, '加分指标 · 表彰奖励（在本市工作期间获得，取最高）', 'rules §A9, §8'),
      max: 110,
      uncertain: false,
      params: { points: { none: 0, municipalSpecial: 30, municipalComprehensive: 60, national: 110 } },
    },
    spouse: {
      ref: ref(doc, '加分指标 · 配偶为本市户籍人员：每满 1 年积 4 分，最高 40 分', 'rules §A10'),
      max: 40,
      uncertain: false,
      params: { perYear: 4, cap: 40 },
    },
    innovation: {
      ref: ref(doc, '加分指标 · 创业人才、创新创业中介服务人才：120 分（源自沪人社力发〔2015〕41号）', 'rules §A1–A2'),
      max: 120,
      uncertain: false,
      params: { points: 120 },
    },
    falseMaterials: {
      ref: ref(doc, '减分指标 · 近 3 年内提供虚假材料：每次减 150 分', 'rules §D1, §Q11'),
      max: null,
      uncertain: false,
      params: { perRecord: -150, windowYears: 3 },
    },
    detentions: {
      ref: ref(doc, '减分指标 · 近 5 年内行政拘留记录：每次减 50 分', 'rules §D2, §Q11'),
      max: null,
      uncertain: false,
      params: { perRecord: -50, windowYears: 5 },
    },
    crimes: {
      ref: ref(doc, '减分指标 · 近 5 年内一般刑事犯罪记录：每次减 150 分', 'rules §D3'),
      max: null,
      uncertain: false,
      params: { perRecord: -150, windowYears: 5 },
    },
  }
  return rules
}

function frame(doc: SourceId) {
  return {
    threshold: { value: 120, ref: ref(doc, '标准分值：120 分', 'rules §T0, §9') },
    eligibility: {
      months: 6,
      window: 12,
      minAge: 18,
      maxAge: 60,
      ref: ref(doc, '申请条件：申请当月在职并缴纳社保，前 12 个月内累计缴纳满 6 个月（不含补缴）；年龄 18–60 周岁', 'rules §E0, §Q12'),
    },
    veto: { ref: ref(doc, '一票否决指标 · 严重刑事犯罪记录', 'rules §V1') },
  }
}

/** Ordered by effectiveFrom; a ruleset ends where the next begins. Its ids are RulesetId. */
export const RULESETS = [
  {
    id: 'sh-2018',
    title: '上海市居住证积分管理办法（沪府发〔2017〕98号）',
    source: 'sh-2017-98',
    effectiveFrom: '2018-01-01',
    validTo: '2022-12-31',
    lastVerified: '2026-11-27',
    ...frame('sh-2017-98'),
    rules: indicatorRules('sh-2017-98'),
  },
  {
    id: 'sh-2023',
    title: '上海市居住证积分管理办法（2023 年起施行）',
    source: 'sh-2023',
    effectiveFrom: '2023-01-01',
    validTo: '2027-12-31',
    lastVerified: '2026-11-27',
    ...frame('sh-2023'),
    rules: indicatorRules('sh-2023'),
  },
] as const satisfies readonly RulesetData[]
