// App-wide UI text. Chinese is the source (always loaded); English is in common.en.ts, loaded on
// demand, and must have every key (enforced by the type and by tests/i18n/i18n.test.ts). Official
// terms keep their Chinese name with an English gloss.
export const zh = {
  'app.title': '上海居住证积分自测',
  'app.subtitle': '对照 120 分标准分值，逐项计分并给出依据',
  'app.privacy': '所有计算都在您的浏览器内完成，数据不会离开您的设备。',
  'app.disclaimer': '本工具结果仅供参考，以上海市居住证积分管理信息系统的审核结果为准。',
  'app.skip': '跳到主要内容',
  'nav.label': '主导航',
  'nav.calculator': '积分计算',
  'nav.batch': 'HR 批量核算',
  'nav.embed': '嵌入到您的网站',
  'lang.switch': 'English',
  'lang.switchLabel': 'Switch to English',
  'view.loading': '正在加载…',
  'pwa.version': '规则 {rules} · 社平工资至 {through}',
  'pwa.update.wages': '规则已更新，刷新以使用 {year} 年数据',
  'pwa.update.rules': '规则已更新（{rules}），刷新以使用新规则',
  'pwa.update.app': '新版本已就绪，刷新以使用',
  'pwa.reload': '刷新',
} as const satisfies Record<string, string>
