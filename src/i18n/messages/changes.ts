// "What changed for you" (src/pwa/WhatChanged.tsx): a lazy chunk, shown to a returning visitor
// whose saved draft was last scored with older rules or wage data.
export const zh = {
  'changes.title': '数据已更新：您的积分有变化',
  'changes.titleSame': '数据已更新：您的积分没有变化',
  'changes.wages': '{year} 年社平工资已公布（{wage} 元）',
  'changes.rules': '积分规则已更新（{rules}）',
  'changes.total': '{what}：按 {asOf} 计算，您的积分从 {before} 变为 {after}。',
  'changes.totalSame': '{what}：按 {asOf} 计算，您的积分仍为 {total} 分。',
  'changes.item': '{item}：{before} → {after} 分',
  'changes.todo': '“结果”一步列出每项的依据和提高积分的办法；调整社保缴费基数、补充资料都可能让积分回升。',
  'changes.open': '查看结果与办法',
  'changes.dismiss': '知道了',
} as const satisfies Record<string, string>

export const en: { readonly [K in keyof typeof zh]: string } = {
  'changes.title': 'New data: your score has changed',
  'changes.titleSame': 'New data: your score is unchanged',
  'changes.wages': 'The {year} reference wage (社平工资) is out ({wage} yuan)',
  'changes.rules': 'The points rules have been updated ({rules})',
  'changes.total': '{what}: assessed on {asOf}, your score went from {before} to {after}.',
  'changes.totalSame': '{what}: assessed on {asOf}, your score is still {total}.',
  'changes.item': '{item}: {before} → {after} points',
  'changes.todo': 'The "Result" step lists the basis of every item and ways to raise your score; a higher contribution base or missing details may bring points back.',
  'changes.open': 'See result and options',
  'changes.dismiss': 'Got it',
}
