import { create } from 'zustand'
import { catalogs, loadCatalog, type Lang, type MessageKey } from './catalog'
import { safeStorage } from '../lib/storage'
import { STORAGE_KEYS } from '../lib/storage-keys'

export type Params = Record<string, string | number>

/** Pure lookup with `{name}` interpolation; an unknown key returns the key itself. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const template: string = catalogs[lang][key] ?? key
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (m, name: string) =>
    name in params ? String(params[name]) : m,
  )
}

const LANG_KEY = STORAGE_KEYS.lang.key

function initialLang(): Lang {
  const stored = safeStorage.getItem(LANG_KEY)
  return stored === 'en' || stored === 'zh' ? stored : 'zh'
}

interface LangState {
  lang: Lang
}

// Chinese is always loaded; English is a lazy chunk (loadCatalog), so the store switches to it
// only once it is there: no half-translated screen.
export const useLangStore = create<LangState>()(() => ({ lang: 'zh' }))

const loaded = new Set<Lang>(['zh'])
let loading: Promise<void> | null = null
let requested: Lang = 'zh'

/** Load a language's messages; resolves at once when they are there. */
export function loadLang(lang: Lang): Promise<void> {
  if (loaded.has(lang)) return Promise.resolve()
  loading ??= loadCatalog(lang).then(
    () => void loaded.add(lang),
    (error: unknown) => {
      loading = null // a later attempt may succeed (e.g. back online)
      throw error
    },
  )
  return loading
}

/**
 * Set the language (after loading it if needed; synchronous when it is loaded). `remember` is
 * false for an embed's ?lang= so it does not override the user's choice.
 */
export function setLang(lang: Lang, remember = true): Promise<void> {
  requested = lang
  if (remember) safeStorage.setItem(LANG_KEY, lang)
  const apply = () => {
    if (requested === lang) useLangStore.setState({ lang })
  }
  if (loaded.has(lang)) {
    apply()
    return Promise.resolve()
  }
  // If loading fails (offline), the language simply stays as it was.
  return loadLang(lang).then(apply, () => undefined)
}

/** The remembered language, loaded: the app renders once this settles (in Chinese if loading failed). */
export const i18nReady: Promise<void> = setLang(initialLang(), false)

export function useLang(): Lang {
  return useLangStore((s) => s.lang)
}

export function useT(): (key: MessageKey, params?: Params) => string {
  const lang = useLang()
  return (key, params) => translate(lang, key, params)
}
