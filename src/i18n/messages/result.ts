// The result's answer and verdict sentences (the result step and the print report, both lazy
// chunks that register these): Chinese first, English complete.
export const zh = {
  'result.verdict.meets': '已达标：{total} 分，超出 {over} 分',
  'result.verdict.meetsExact': '已达标：{total} 分',
  'result.verdict.below': '尚未达到 120 分：{total} 分，还差 {gap} 分',
  'result.verdict.notEligible': '暂不能申请：申请条件未满足（目前 {total} 分）',
  'result.verdict.vetoed': '一票否决：不能申请',
  'result.verdict.notCovered': '评估日期不在覆盖期内',
  'result.verdict.missing': '还缺：{fields}。',
  'result.verdict.fill': '去填写',
  'result.verdict.eligibleFrom': '若从本月起持续缴纳社保，最早 {date} 可以申请。',
  'result.verdict.eligibleAge': '年满 18 周岁后（{date}）才能申请。',
  'result.verdict.thin': '您的基数只比 {multiple} 倍线高 {pct} %：基数或社平工资变化 3 % 就会少 {atRisk} 分。',
  'result.verdict.thinOther': '余量很薄：基数或社平工资变化 3 % 就会少 {atRisk} 分。',
  'result.zeroItems': '其余 {count} 项未申报，均为 0 分',
  'result.zeroItemsShow': '展开查看',
} as const satisfies Record<string, string>

export const en: { readonly [K in keyof typeof zh]: string } = {
  'result.verdict.meets': 'Meets 120: {total} points, {over} above',
  'result.verdict.meetsExact': 'Meets 120: {total} points',
  'result.verdict.below': 'Below 120: {total} points, {gap} to go',
  'result.verdict.notEligible': 'Cannot apply yet: a condition is not met ({total} points now)',
  'result.verdict.vetoed': 'Veto (一票否决): cannot apply',
  'result.verdict.notCovered': 'The assessment date is outside the period covered',
  'result.verdict.missing': 'Still missing: {fields}.',
  'result.verdict.fill': 'Fill in',
  'result.verdict.eligibleFrom': 'Paying social insurance from this month on, you can apply from {date}.',
  'result.verdict.eligibleAge': 'You can apply once you are 18 ({date}).',
  'result.verdict.thin': 'Your base is only {pct} % above the {multiple}× line: a 3 % change in your base or the reference wage costs {atRisk} points.',
  'result.verdict.thinOther': 'Thin margin: a 3 % change in your base or the reference wage costs {atRisk} points.',
  'result.zeroItems': '{count} more items not claimed, 0 points each',
  'result.zeroItemsShow': 'Show them',
}
