// The message catalogue: one module per feature under ./messages, merged here. Add a feature's
// module to both maps; keys are namespaced by feature ("wizard.…", "road.…", "embed.…").
import * as common from './messages/common'
import * as engine from './messages/engine'
import * as wizard from './messages/wizard'
import * as embed from './messages/embed'

export const catalogs = {
  zh: { ...common.zh, ...engine.zh, ...wizard.zh, ...embed.zh },
  en: { ...common.en, ...engine.en, ...wizard.en, ...embed.en },
} as const

export type Lang = keyof typeof catalogs
export type MessageKey = keyof typeof catalogs.zh
export const LANGS: readonly Lang[] = ['zh', 'en']
