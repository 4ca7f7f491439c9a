import { create } from 'zustand'
import { catalogs, type Lang, type MessageKey } from './catalog'
import { safeStorage } from '../lib/storage'

export type Params = Record<string, string | number>

/** Pure lookup with `{name}` interpolation; an unknown key returns the key itself. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const template: string = catalogs[lang][key] ?? key
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (m, name: string) =>
    name in params ? String(params[name]) : m,
  )
}

const LANG_KEY = 'sh-points:lang'

function initialLang(): Lang {
  const stored = safeStorage.getItem(LANG_KEY)
  return stored === 'en' || stored === 'zh' ? stored : 'zh'
}

interface LangState {
  lang: Lang
}

export const useLangStore = create<LangState>()(() => ({ lang: initialLang() }))

/** Set the language; `remember` is false for an embed's ?lang= so it does not override the user's choice. */
export function setLang(lang: Lang, remember = true): void {
  useLangStore.setState({ lang })
  if (remember) safeStorage.setItem(LANG_KEY, lang)
}

export function useLang(): Lang {
  return useLangStore((s) => s.lang)
}

export function useT(): (key: MessageKey, params?: Params) => string {
  const lang = useLang()
  return (key, params) => translate(lang, key, params)
}
