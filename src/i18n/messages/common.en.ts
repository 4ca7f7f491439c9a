// English for messages/common.ts, loaded only when English is chosen (Chinese is the default).
import type { zh } from './common'

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
  'pwa.version': 'Rules {rules} · reference wage (社平工资) to {through}',
  'pwa.update.wages': 'The rules have been updated: reload to use the {year} data',
  'pwa.update.rules': 'The rules have been updated ({rules}): reload to use them',
  'pwa.update.app': 'A new version is ready: reload to use it',
  'pwa.reload': 'Reload',
}
