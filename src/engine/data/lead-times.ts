// Lead times: the typical minimum time from today until a new education level or title can count,
// for someone who starts now. The road to 120 ranks actions by the date 120 is reached *including*
// this time; every figure is shown and editable in the road's assumptions.
//
// `basis` says how firm a figure is: 'rule' where a published rule sets the minimum (the source
// named in `source`), 'estimate' where it is our own estimate of a typical minimum (exam calendars,
// programme lengths that vary by school). The steps chain: reaching a level needs the one before it,
// so a 大专 holder's master's degree is the 专升本 step plus the master's step.
import type { Education, Qualification } from '../schema'

export type LeadBasis = 'rule' | 'estimate'

/** Stable codes for the source of a figure (shown in words by the UI). */
export type LeadSource =
  | 'adultEducation' // 成人高等学历教育 / 高等教育自学考试: programme lengths
  | 'postgraduateExam' // 全国硕士研究生招生考试 (December) and 非全日制 programme lengths
  | 'doctoralAdmission' // 博士 申请-考核 and programme length
  | 'skillStandard' // 国家职业技能标准编制技术规程（2018年版）: years of work after the previous level
  | 'economistExam' // 经济专业技术资格规定 (人社部发〔2020〕1号): years of work by education
  | 'seniorTitle' // 高级职称 评审: years after the 中级 title

export interface LeadStep {
  /** The level that must be held first (null: none). */
  after: Education | Qualification | null
  months: number
  basis: LeadBasis
  source: LeadSource
}

/** Education: each level from the one before it (months of study, plus the wait for enrolment). */
export const EDUCATION_LEAD: Readonly<Record<Exclude<Education, 'none'>, LeadStep>> = {
  // 成人高考 in October, enrolment in March, 2.5 years part-time: about 3 years from now.
  associate: { after: null, months: 36, basis: 'estimate', source: 'adultEducation' },
  // 专升本 by 自考 (no fixed length; 2 years is a fast pace) or 成人 (2.5 years part-time).
  bachelor: { after: 'associate', months: 24, basis: 'estimate', source: 'adultEducation' },
  // The same, with the 学士学位 (学位外语 and grade conditions, awarded at graduation).
  bachelorDegree: { after: 'associate', months: 30, basis: 'estimate', source: 'adultEducation' },
  // The December exam, enrolment the next September, then at least 2 years non-full-time.
  master: { after: 'bachelor', months: 33, basis: 'estimate', source: 'postgraduateExam' },
  // Admission (申请-考核) and at least 3–4 years: the degree rarely comes sooner.
  doctorate: { after: 'master', months: 48, basis: 'estimate', source: 'doctoralAdmission' },
}

/** Skill levels: years of work in the occupation after the previous level, plus the assessment. */
export const SKILL_LEAD: Readonly<Record<'skill5' | 'skill4' | 'skill3' | 'skill2' | 'skill1', LeadStep>> = {
  skill5: { after: null, months: 12, basis: 'rule', source: 'skillStandard' },
  skill4: { after: 'skill5', months: 48, basis: 'rule', source: 'skillStandard' },
  skill3: { after: 'skill4', months: 60, basis: 'rule', source: 'skillStandard' },
  skill2: { after: 'skill3', months: 48, basis: 'rule', source: 'skillStandard' },
  skill1: { after: 'skill2', months: 48, basis: 'rule', source: 'skillStandard' },
}

/**
 * 中级职称 by examination (the economist route is the common one): years of work since graduating,
 * by education; no route without at least 大专. Work already shown by the social-insurance history
 * counts toward it.
 */
export const INTERMEDIATE_WORK_MONTHS: Readonly<Record<Education, number | null>> = {
  none: null,
  associate: 72,
  bachelor: 48,
  bachelorDegree: 48,
  master: 12,
  doctorate: 0,
}
export const INTERMEDIATE_SOURCE: LeadSource = 'economistExam'

/** From registering for the yearly exam (or review) to holding the certificate: our estimate. */
export const EXAM_CYCLE_MONTHS = 6

/** 高级职称: years after the 中级 title (the usual condition for 本科 holders), review included. */
export const SENIOR_LEAD: LeadStep = { after: 'titleIntermediate', months: 60, basis: 'rule', source: 'seniorTitle' }
