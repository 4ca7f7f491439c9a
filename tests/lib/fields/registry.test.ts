// The field registry (src/lib/fields/) describes the profile the schema defines, field for field,
// and everything it names exists: message keys in both catalogues, spreadsheet labels equal to the
// catalogues', documents the road checklist knows, columns the CSV guide lists.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ProfileSchema } from '../../../src/engine/schema'
import { DOCUMENT_IDS } from '../../../src/features/road/checklist'
import { DOCUMENTS } from '../../../src/lib/fields/documents'
import { FIELDS, fieldAt, messageKeys, optionKey, type FieldDef } from '../../../src/lib/fields/registry'
import { WORDS } from '../../../src/lib/fields/words'

// Every message module, as the i18n test reads them (zh from <feature>.ts, en from either).
const modules = import.meta.glob<Record<string, Record<string, string>>>('../../../src/i18n/messages/*.ts', { eager: true })
const catalogue = { zh: {} as Record<string, string>, en: {} as Record<string, string> }
for (const mod of Object.values(modules)) for (const lang of ['zh', 'en'] as const) Object.assign(catalogue[lang], mod[lang])

type Zod = { _zod: { def: { type: string; format?: string; innerType?: Zod; shape?: Record<string, Zod>; entries?: Record<string, string> } } }
const unwrap = (z: Zod): Zod => (z._zod.def.type === 'optional' ? unwrap(z._zod.def.innerType!) : z)
/** The schema's leaves by dotted path, nested objects opened ("keyArea.kind"). */
function leaves(shape: Record<string, Zod>, prefix = ''): [string, Zod][] {
  return Object.entries(shape).flatMap(([key, s]) => {
    const z = unwrap(s)
    return z._zod.def.type === 'object' ? leaves(z._zod.def.shape!, `${prefix}${key}.`) : [[`${prefix}${key}`, z] as [string, Zod]]
  })
}
const SCHEMA = leaves(ProfileSchema.shape as unknown as Record<string, Zod>).filter(([path]) => path !== 'version')
const fields = FIELDS as readonly FieldDef[]

describe('the registry is the schema’s field list', () => {
  it('has every field of the profile schema, in its order (the format’s), and nothing else', () => {
    expect(fields.map((f) => f.path)).toEqual(SCHEMA.map(([path]) => path))
  })

  it('gives each field the kind its schema type reads as, and a choice the schema’s values', () => {
    for (const [path, z] of SCHEMA) {
      const { type, format, entries } = z._zod.def
      const field = fieldAt(path)!
      const expected =
        type === 'string' && format === 'date' ? ['date', 'asOf'] : type === 'enum' ? ['choice'] : type === 'boolean' ? ['yesNo', 'check'] : type === 'array' ? ['periods'] : format === 'safeint' ? ['integer'] : ['number']
      expect(expected, path).toContain(field.kind)
      if (entries) expect(field.options, path).toEqual(Object.values(entries))
    }
  })

  it('places every field in a wizard step, each at its own place', () => {
    for (const step of new Set(fields.map((f) => f.step))) {
      const orders = fields.filter((f) => f.step === step).map((f) => f.order)
      expect(new Set(orders).size, step).toBe(orders.length)
    }
  })
})

describe('what the registry names exists', () => {
  it('every message key of every field is in both catalogues, not empty', () => {
    const missing = fields.flatMap((f) => messageKeys(f)).filter((key) => !catalogue.zh[key]?.trim() || !catalogue.en[key]?.trim())
    expect(missing).toEqual([])
  })

  it('the spreadsheet labels are the catalogues’ labels (fields and choices), so that the page’s own headers and values are read back', () => {
    for (const field of fields) {
      const words = WORDS[field.path as keyof typeof WORDS]
      expect(words?.label, field.path).toEqual([catalogue.zh[`engine.field.${field.path}`], catalogue.en[`engine.field.${field.path}`]])
      for (const v of field.options ?? []) expect(words?.values?.[v]?.slice(0, 2), `${field.path} ${v}`).toEqual([catalogue.zh[optionKey(field, v)], catalogue.en[optionKey(field, v)]])
    }
  })

  it('the documents an answer implies are documents of the road checklist, for values the field has', () => {
    for (const [path, docs] of Object.entries(DOCUMENTS)) {
      const field = fieldAt(path)
      expect(field, path).toBeDefined()
      const byValue: Record<string, string> = typeof docs === 'string' ? {} : docs
      for (const doc of typeof docs === 'string' ? [docs] : Object.values(docs)) expect(DOCUMENT_IDS, path).toContain(doc)
      for (const value of Object.keys(byValue)) expect(field!.options, path).toContain(value)
    }
  })

  it('docs/csv-format.md lists every column of the registry in its table of columns', () => {
    const doc = readFileSync(new URL('../../../docs/csv-format.md', import.meta.url), 'utf8')
    expect(fields.filter((f) => !doc.includes(`| \`${f.path}\` | \`${f.path}\` |`)).map((f) => f.path)).toEqual([])
  })
})
