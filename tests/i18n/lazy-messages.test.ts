// The messages of the lazy chunks (share, print, batch) are complete in both languages: the same
// keys (also type-checked), no empty text, the same {placeholders}.
import { describe, expect, it } from 'vitest'
import * as batch from '../../src/i18n/messages/batch'
import * as print from '../../src/i18n/messages/print'
import * as share from '../../src/i18n/messages/share'

const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join()

describe.each([
  ['share', share],
  ['print', print],
  ['batch', batch],
])('%s messages', (name, m) => {
  const zh = m.zh as Record<string, string>
  const en = m.en as Record<string, string>
  it('have the same keys in Chinese and English, all under their namespace', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort())
    expect(Object.keys(zh).filter((k) => !k.startsWith(`${name}.`))).toEqual([])
  })
  it('have no empty text', () => {
    expect([...Object.entries(zh), ...Object.entries(en)].filter(([, v]) => !v.trim())).toEqual([])
  })
  it('use the same placeholders in both languages', () => {
    expect(Object.keys(zh).filter((k) => names(zh[k]!) !== names(en[k]!))).toEqual([])
  })
})
