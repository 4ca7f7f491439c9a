// 上年度全市职工月平均工资 — the monthly reference wage (CNY) that each social-insurance month's
// contribution base is compared with. One row per social-insurance year, contiguous, oldest first.
// Evidence: ../shared/policy/research.md §3.
//
// To add a year: append a row (from = the month after the last row's `to`), add it to the published
// list in tests/engine/data-lint.test.ts, and run `npm test` (README, "The yearly update"). Months
// after the last row use the last row as an estimate, with a finding.
import type { SourceId } from '../types'

export interface ReferenceWageRow {
  /** First social-insurance month (YYYY-MM), inclusive. */
  from: string
  /** Last social-insurance month (YYYY-MM), inclusive. */
  to: string
  /** CNY per month. */
  monthly: number
  /** The statistical year the figure describes (the "上年度"). */
  wageYear: number
  confidence: 'high' | 'medium'
  /** The notice the figure comes from, where it has an entry in sources.ts. */
  source?: SourceId
  note?: string
}

export const REFERENCE_WAGES: readonly ReferenceWageRow[] = [
  { from: '2016-04', to: '2017-03', monthly: 5939, wageYear: 2015, confidence: 'high', note: '沪人社综发〔2016〕12号' },
  { from: '2017-04', to: '2018-03', monthly: 6504, wageYear: 2016, confidence: 'high', note: '沪人社综发〔2017〕106号' },
  { from: '2018-04', to: '2019-03', monthly: 7132, wageYear: 2017, confidence: 'medium' },
  { from: '2019-04', to: '2019-10', monthly: 7832, wageYear: 2018, confidence: 'high', note: 'old measure, used by talent policies until 2019-10' },
  { from: '2019-11', to: '2020-06', monthly: 8211, wageYear: 2018, confidence: 'high', note: '全口径 transition reference' },
  { from: '2020-07', to: '2021-06', monthly: 9339, wageYear: 2019, confidence: 'high', note: 'transition reference used by talent policies' },
  { from: '2021-07', to: '2022-06', monthly: 10338, wageYear: 2020, confidence: 'high' },
  { from: '2022-07', to: '2023-06', monthly: 11396, wageYear: 2021, confidence: 'high' },
  { from: '2023-07', to: '2024-06', monthly: 12183, wageYear: 2022, confidence: 'high' },
  { from: '2024-07', to: '2025-06', monthly: 12307, wageYear: 2023, confidence: 'high' },
  { from: '2025-07', to: '2026-06', monthly: 12434, wageYear: 2024, confidence: 'high', note: 'base notice 2025-09-18 (7,460–37,302 from 2025-07-01)' },
  { from: '2026-07', to: '2027-06', monthly: 12577, wageYear: 2025, confidence: 'medium', source: 'wage-2025', note: 'wage notice 2026-08-18; base notice 2026-08-24 (7,546–37,731 = 0.6× and 3×); relayed, government page not seen' },
]
