// Words for the projection: waiting times, change sentences, action titles. Shared by the
// panel's components and the calendar file.
import type { Action, Risk } from '../../engine/actions'
import type { ProjectionChange } from '../../engine/project'
import type { MessageKey } from '../../i18n/catalog'
import { itemName, signedPoints, type Translate } from './explain'

const ms = (date: string) => Date.parse(`${date}T00:00:00Z`)

/** The time from one date to a later one: "45 天", "3 个月", "2 年 5 个月". */
export function waitText(t: Translate, from: string, to: string): string {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number]
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number]
  let months = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0)
  if (months < 1) return t('road.wait.days', { days: Math.round((ms(to) - ms(from)) / 86_400_000) })
  const years = Math.floor(months / 12)
  months -= years * 12
  if (!years) return t('road.wait.months', { months })
  return months ? t('road.wait.yearsMonths', { years, months }) : t('road.wait.years', { years })
}

/** A number of months as "3 个月", "2 年 6 个月". */
export function durationText(t: Translate, months: number): string {
  const years = Math.floor(months / 12)
  const rest = months - years * 12
  if (!years) return t('road.wait.months', { months: rest })
  return rest ? t('road.wait.yearsMonths', { years, months: rest }) : t('road.wait.years', { years })
}

/** The time to earn a credential, its basis and the first date it counts; null for other actions. */
export function leadText(t: Translate, a: Action): string | null {
  if (!a.lead || (a.lead.months === 0 && !a.lead.edited)) return null
  const time = durationText(t, a.lead.months)
  if (a.lead.edited) return t('road.action.leadEdited', { time, date: a.startsOn })
  const sources = a.lead.sources.map((s) => t(`road.leadSource.${s}`)).join(t('engine.listSep'))
  const basis = t(a.lead.basis === 'rule' ? 'road.lead.rule' : 'road.lead.estimate', { sources })
  return t('road.action.lead', { time, basis, date: a.startsOn })
}

/** A risk to a 120 already reached, in words. */
export function riskText(t: Translate, r: Risk): string {
  const p = r.params
  switch (r.code) {
    case 'ageFalls':
      return t('road.risk.ageFalls', { date: r.date, age: Number(p.age), from: Number(p.from), to: Number(p.to), total: Number(p.total) })
    case 'baseUnder1x':
      return t('road.risk.baseUnder1x', { date: r.date, base: Number(p.base).toLocaleString('en-US'), lost: Number(p.lost), total: Number(p.total) })
    case 'stopsPaying':
      return t('road.risk.stopsPaying', { date: r.date, from: String(p.from) })
    case 'thinMargin':
      return t('road.risk.thinMargin', { date: r.date, atRisk: Number(p.atRisk) })
    case 'rulesetLapses':
      return t('road.risk.rulesetLapses', { date: r.date })
  }
}

/** A change's date as precise as it is: a month boundary as YYYY-MM, a birthday as YYYY-MM-DD. */
export const changeDate = (c: ProjectionChange): string => (c.precision === 'month' ? c.date.slice(0, 7) : c.date)

/** Why an item changed, in words, from the inputs the engine used; null when nothing better than the numbers can be said. */
export function causeText(t: Translate, c: ProjectionChange): string | null {
  const n = (k: string) => Number(c.inputs[k] ?? 0)
  switch (c.item) {
    case 'age':
      return t('road.cause.age', { age: n('age') })
    case 'socialInsuranceYears':
      return t('road.cause.socialInsuranceYears', { years: n('years') })
    case 'publicService':
    case 'keyArea':
    case 'spouse':
      return t('road.cause.years', { years: n('years') })
    case 'contributionBase':
      return t(c.to > c.from ? 'road.cause.contributionBaseUp' : 'road.cause.contributionBaseDown')
    case 'qualification':
      if ('wouldScore' in c.inputs) return t('road.cause.pickOne')
      return c.to > c.from ? t('road.cause.qualificationUp', { monthsAtLeast1x: n('monthsAtLeast1x') }) : t('road.cause.qualificationDown')
    case 'education':
      return 'wouldScore' in c.inputs || c.to === 0 || c.from === 0 ? t('road.cause.pickOne') : null
    case 'freshGraduate':
      return t('road.cause.freshGraduate')
    default:
      return null
  }
}

/** "年满 44 周岁 · 年龄：30 → 29 分（−1）" */
export function changeText(t: Translate, c: ProjectionChange): string {
  const line = t('road.change.line', { item: itemName(t, c.item), from: c.from, to: c.to, delta: signedPoints(c.to - c.from) })
  const cause = causeText(t, c)
  return cause ? `${cause} · ${line}` : line
}

/** The action as an instruction: "取得中级职称或技能二级（技师）". */
export function actionTitle(t: Translate, a: Action): string {
  const p = a.params
  switch (a.kind) {
    case 'contributionBase':
      return t('road.action.contributionBase', { from: String(p.from), base: Number(p.base).toLocaleString('en-US'), multiple: Number(p.multiple) })
    case 'qualification': {
      const level = t(`engine.qualification.${p.level}` as MessageKey)
      return p.alt ? t('road.action.qualificationOr', { level, alt: t(`engine.qualification.${p.alt}` as MessageKey) }) : t('road.action.qualification', { level })
    }
    case 'education':
      return t('road.action.education', { level: t(`engine.education.${p.level}` as MessageKey) })
    case 'keyArea':
      return t('road.action.keyArea', { area: t(`engine.keyAreaKind.${p.area}` as MessageKey) })
    case 'innovation':
      return t('road.action.innovation', { route: t(`engine.innovation.${p.route}` as MessageKey) })
    case 'shortageMajor':
      return t('road.action.shortageMajor')
    case 'publicService':
      return t('road.action.publicService')
  }
}
