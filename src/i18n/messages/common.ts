// App-wide UI text. Chinese is the source; English must have every key (enforced by the type
// and by tests/ui/i18n.test.ts). Official terms keep their Chinese name with an English gloss.
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
} as const satisfies Record<string, string>

export const en: { readonly [K in keyof typeof zh]: string } = {
  'app.title': 'Shanghai Residence Permit Points (居住证积分) Self-Check',
  'app.subtitle': 'Item-by-item score against the 120-point standard (标准分值), with the rule behind each line',
  'app.privacy': 'Everything is calculated in your browser; your data never leaves your device.',
  'app.disclaimer': 'An estimate only: the official Shanghai residence-permit points system decides.',
  'app.skip': 'Skip to main content',
  'nav.label': 'Main navigation',
  'nav.calculator': 'Calculator',
  'nav.batch': 'HR batch',
  'nav.embed': 'Embed',
  'lang.switch': '中文',
  'lang.switchLabel': '切换到中文',
  'view.loading': 'Loading…',
}
