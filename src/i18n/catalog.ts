// The message catalogue: one module per feature under ./messages, merged here. Add a feature's
// module to both maps; keys are namespaced by feature ("wizard.…", "road.…", "embed.…").
import * as common from './messages/common'
import * as engine from './messages/engine'
import * as wizard from './messages/wizard'
// Messages of lazy screens: typed here, added by their own chunk with registerMessages when it
// loads, so that the first screen does not download them.
import type * as share from './messages/share'
import type * as print from './messages/print'
import type * as batch from './messages/batch'
import type * as road from './messages/road'
import type * as embed from './messages/embed'
import type * as embedBuilder from './messages/embed-builder'
import type * as engineDetail from './messages/engine-detail'
import type * as result from './messages/result'
import type * as changes from './messages/changes'
import type * as later from './messages/later'

// The first screen's English (common, engine, wizard) lives in <feature>.en.ts and is loaded only
// when English is chosen (loadCatalog): most visitors read Chinese and do not download it.
const eager = {
  zh: { ...common.zh, ...engine.zh, ...wizard.zh },
  en: {},
} as const

type LazyMessages = typeof later.zh & typeof engineDetail.zh & typeof result.zh & typeof share.zh & typeof print.zh & typeof batch.zh & typeof road.zh & typeof embed.zh & typeof embedBuilder.zh & typeof changes.zh
/** All messages; those of lazy screens are typed here and present once their chunk has loaded. */
export const catalogs = eager as {
  zh: typeof eager.zh & LazyMessages
  en: { readonly [K in keyof typeof eager.zh | keyof LazyMessages]: string }
}

export type Lang = keyof typeof catalogs
export type MessageKey = keyof typeof catalogs.zh

/** Called at the top of a lazy chunk's module with its messages module (Chinese and English). */
export function registerMessages(messages: { zh: Readonly<Record<string, string>>; en: Readonly<Record<string, string>> }): void {
  Object.assign(catalogs.zh, messages.zh)
  Object.assign(catalogs.en, messages.en)
}
export const LANGS: readonly Lang[] = ['zh', 'en']

/** Load the messages of a language that are not bundled (English of the first screen). */
export async function loadCatalog(lang: Lang): Promise<void> {
  if (lang !== 'en') return
  const [commonEn, engineEn, wizardEn] = await Promise.all([import('./messages/common.en'), import('./messages/engine.en'), import('./messages/wizard.en')])
  registerMessages({ zh: {}, en: { ...commonEn.en, ...engineEn.en, ...wizardEn.en } })
}
