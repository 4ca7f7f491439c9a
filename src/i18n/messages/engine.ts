// Engine codes in words, as far as the first screen shows them: the first step's item (age) with
// the facts used, reasons, schema error codes, groups. Shared by every feature that shows an
// assessment. Chinese is the source (always loaded); English is in engine.en.ts, loaded on demand
// and glossing official terms with the Chinese name. The other items' names and facts, option
// labels, field names, severities, rulesets and legal sources are in later.ts; rules and findings
// in engine-detail.ts (both lazy chunks).
export const zh = {
  'engine.item.age': '年龄',

  'engine.basis.age': '评估日 {age} 周岁',

  'engine.reason.missing': '缺少信息：回答相关问题后计分。',
  'engine.reason.notClaimed': '未申报。',
  'engine.reason.conditionNotMet': '已填写，但尚未满足计分条件。',
  'engine.reason.excludedByPickOne': '与另一项只计较高者，此项不计入（本可得 {wouldScore} 分）。',
  'engine.reason.notCovered': '评估日期不在本工具覆盖的规则期内。',

  'engine.error.required': '请把这一项也填上。',
  'engine.error.invalidType': '请只输入数字，不要带单位或其他文字。',
  'engine.error.invalidValue': '不是可选的值，请从选项中选择。',
  'engine.error.unknownKey': '无法识别的字段，未计入。',
  'engine.error.negative': '不能为负数。',
  'engine.error.notInteger': '请输入整数。',
  'engine.error.tooLarge': '数值过大，请检查是否多输了零。',
  'engine.error.tooMany': '条目过多，请合并相邻的时间段。',
  'engine.error.invalidDate': '请输入真实存在的日期，格式为 年-月-日（如 1990-05-01）。',
  'engine.error.invalidMonth': '请输入月份，格式为 年-月（如 2020-01）。',
  'engine.error.notAnObject': '资料格式不正确。',
  'engine.error.birthDateAfterAsOf': '出生日期晚于评估日期，请检查。',
  'engine.error.dateTooEarly': '日期过早：请填写 1900 年以后的日期。',
  'engine.error.dateTooLate': '日期过晚：请填写 2100 年 12 月 31 日或以前的日期。',
  'engine.error.ageOver120': '按此出生日期，评估日年龄超过 120 周岁，请检查。',
  'engine.error.beforeAge16': '该月份早于 16 周岁生日所在月：社会保险最早从 16 周岁起缴纳，请检查开始月份或出生日期。',
  'engine.error.endBeforeStart': '结束月份早于开始月份，请调整。',

  'engine.listSep': '、',

  'engine.group.basic': '基础指标',
  'engine.group.bonus': '加分指标',
  'engine.group.deduction': '减分指标',
  'engine.uncertain': '规则存疑',
} as const satisfies Record<string, string>
