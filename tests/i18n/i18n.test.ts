// The message catalogue is complete: every key has a non-empty text in both languages, and every
// engine code the UI can meet (items, findings, reasons, schema errors, sources, options) has one.
import { describe, expect, it } from 'vitest'
import { SOURCES } from '../../src/engine/data/sources'
import { RULESETS } from '../../src/engine/data/rulesets'
import { AWARDS, EDUCATIONS, INNOVATIONS, KEY_AREA_KINDS, QUALIFICATIONS, type ProfileErrorCode } from '../../src/engine/schema'
import { FINDING_CODES, ITEM_IDS, type ItemReason, type Severity } from '../../src/engine/types'
import { catalogs, LANGS, registerMessages, type Lang, type MessageKey } from '../../src/i18n/catalog'
import { translate } from '../../src/i18n/i18n'
import * as engineDetail from '../../src/i18n/messages/engine-detail'
import { english } from '../fixtures/ready'

await english()
// Finding messages and rule sentences come with the result and print chunks, which register them.
registerMessages(engineDetail)

// `satisfies Record<Code, true>` makes the compiler fail when a code is added and not listed here.
const ERROR_CODES = Object.keys({
  required: true,
  invalidType: true,
  invalidValue: true,
  unknownKey: true,
  negative: true,
  notInteger: true,
  tooLarge: true,
  tooMany: true,
  invalidDate: true,
  invalidMonth: true,
  notAnObject: true,
  birthDateAfterAsOf: true,
  dateTooEarly: true,
  dateTooLate: true,
  ageOver120: true,
  beforeAge16: true,
  endBeforeStart: true,
} satisfies Record<ProfileErrorCode, true>)
const REASONS = Object.keys({ missing: true, notClaimed: true, conditionNotMet: true, excludedByPickOne: true, notCovered: true } satisfies Record<ItemReason, true>)
const SEVERITIES = Object.keys({ info: true, warning: true, error: true } satisfies Record<Severity, true>)

// Every message module, eager or lazy (<feature>.ts exports zh and maybe en; <feature>.en.ts exports en).
const modules = import.meta.glob<Record<string, Record<string, string>>>('../../src/i18n/messages/*.ts', { eager: true })
const all: Record<Lang, Record<string, string>> = { zh: {}, en: {} }
for (const mod of Object.values(modules)) for (const lang of LANGS) Object.assign(all[lang], mod[lang])

const has = (key: string) => LANGS.every((lang) => catalogs[lang][key as MessageKey]?.trim())

describe('message catalogue', () => {
  it('has the same keys in every language, across every module', () => {
    const zh = Object.keys(all.zh).sort()
    expect(zh.length).toBeGreaterThan(300)
    for (const lang of LANGS) expect(Object.keys(all[lang]).sort(), lang).toEqual(zh)
  })

  it.each(LANGS)('has no empty message in %s', (lang) => {
    const empty = Object.entries(all[lang]).filter(([, text]) => !text.trim()).map(([k]) => k)
    expect(empty).toEqual([])
  })

  it('uses the same {placeholders} in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    const differ = Object.keys(all.zh).filter((k) => names(all.zh[k]!).join() !== names(all.en[k] ?? '').join())
    expect(differ).toEqual([])
  })

  it('the app loads English for the first screen on demand, complete', () => {
    // Loaded above through loadLang('en'), as choosing English does.
    const eager = Object.keys(catalogs.zh).filter((k) => k.startsWith('engine.') || k.startsWith('wizard.'))
    expect(eager.filter((k) => !catalogs.en[k as MessageKey])).toEqual([])
  })

  it.each([
    ['item names', ITEM_IDS.map((id) => `engine.item.${id}`)],
    ['item rules', ITEM_IDS.map((id) => `engine.rule.${id}`)],
    ['findings', FINDING_CODES.map((c) => `engine.finding.${c}`)],
    ['reasons', REASONS.map((r) => `engine.reason.${r}`)],
    ['schema errors', ERROR_CODES.map((c) => `engine.error.${c}`)],
    ['severities', SEVERITIES.map((s) => `engine.severity.${s}`)],
    ['sources', Object.keys(SOURCES).map((id) => `engine.source.${id}`)],
    ['rulesets', RULESETS.map((r) => `engine.ruleset.${r.id}`)],
    ['education', EDUCATIONS.map((v) => `engine.education.${v}`)],
    ['qualification', QUALIFICATIONS.map((v) => `engine.qualification.${v}`)],
    ['award', AWARDS.map((v) => `engine.award.${v}`)],
    ['innovation', INNOVATIONS.map((v) => `engine.innovation.${v}`)],
    ['key areas', KEY_AREA_KINDS.map((v) => `engine.keyAreaKind.${v}`)],
  ])('has a message for every engine code: %s', (_name, keys) => {
    expect(keys.filter((k) => !has(k))).toEqual([])
  })

  it('interpolates parameters and leaves unknown ones visible', () => {
    expect(translate('en', 'wizard.score.toGo', { gap: 7 })).toBe('7 points to go')
    expect(translate('zh', 'wizard.score.toGo', { gap: 7 })).toBe('还差 7 分')
    expect(translate('zh', 'wizard.score.toGo')).toBe('还差 {gap} 分')
  })
})
