// The CLI's JSON writer (src/cli/json-bytes.ts) writes exactly JSON.stringify(value) as UTF-8,
// byte for byte: for assessments of generated profiles and of the personas, their compact
// slots, assessments changed in every way the writer's kept parts depend on, and any value at
// all. One writer serves every case of a test, so its kept parts (references, item shapes, keys,
// strings) carry over from one value to the next as they do in a run of the CLI.
import { Buffer } from 'node:buffer'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { JsonWriter } from '../../src/cli/json-bytes'
import { OUT_CHUNK, OutputBuffer } from '../../src/cli/out-buffer'
import { compactSlot } from '../../src/cli/output'
import { assess } from '../../src/engine/assess'
import { parseProfile, type Profile } from '../../src/engine/schema'
import type { Assessment, AssessOptions } from '../../src/engine/types'
import { generateProfiles } from '../../bench/generate'
import { profileArb } from '../engine/arbitraries'
import { AS_OF, personas } from '../engine/personas'
import { TODAY, validProfile } from '../fixtures/profile-arbitrary'

/** A writer and what it has written since the last call of `take`. */
function writer() {
  const parts: Uint8Array[] = []
  const out = new OutputBuffer({ write: (chunk) => void parts.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk) })
  const json = new JsonWriter(out)
  const take = async () => {
    await out.flush()
    const bytes = Buffer.concat(parts)
    parts.length = 0
    return bytes
  }
  /** Writes value alone and checks the bytes against JSON.stringify's, or that both throw the same kind of error. */
  const check = async (value: object) => {
    let expected: string | undefined
    let thrown: unknown
    try {
      expected = JSON.stringify(value)
    } catch (e) {
      thrown = e
    }
    if (thrown !== undefined) {
      expect(() => json.write(value)).toThrow((thrown as Error).constructor as new () => Error)
      expect((await take()).length).toBe(0)
      return
    }
    json.write(value)
    const bytes = await take()
    expect(bytes.toString('utf8')).toBe(expected)
    expect(bytes.equals(Buffer.from(expected!, 'utf8'))).toBe(true)
  }
  return { out, json, take, check }
}

function assessed(profile: Profile, asOf: string, options: AssessOptions = {}): Assessment {
  const parsed = parseProfile(profile, asOf)
  if (!parsed.success) throw new Error(`invalid profile: ${JSON.stringify(parsed.errors)}`)
  return assess(parsed.profile, parsed.profile.asOf ?? asOf, options)
}

const optionsArb: fc.Arbitrary<AssessOptions> = fc.record(
  { ruleset: fc.constantFrom('sh-2018' as const, 'sh-2023' as const), thinMargin: fc.boolean() },
  { requiredKeys: [] },
)

describe('JsonWriter: assessments, byte for byte as JSON.stringify', () => {
  const w = writer()

  it('generated profiles (tests/engine/arbitraries), under either ruleset, and their compact slots', async () => {
    await fc.assert(
      fc.asyncProperty(profileArb, optionsArb, async (profile, options) => {
        const a = assessed(profile, profile.asOf, options)
        await w.check(a)
        await w.check(compactSlot(a) as object)
      }),
      { numRuns: 300 },
    )
  })

  it('profiles with any field anywhere in its range (tests/fixtures/profile-arbitrary)', async () => {
    await fc.assert(
      fc.asyncProperty(validProfile, async (profile) => {
        await w.check(assessed(profile, TODAY))
      }),
      { numRuns: 300 },
    )
  })

  it('the personas, and the benchmark profiles', async () => {
    for (const p of personas) await w.check(assessed({ version: 1, ...p.profile }, AS_OF))
    for (const p of generateProfiles(300, 11)) await w.check(assessed(p, TODAY))
  })

  it('an invalid profile’s slot ({errors})', async () => {
    await w.check({ errors: [{ path: 'education', message: 'must be one of "none", "bachelor"…' }] })
    await w.check({ errors: [] })
  })

  it('takes the usual way for real assessments: items and findings from kept parts, JSON.stringify never', async () => {
    const fresh = writer()
    const all = generateProfiles(200, 3).map((p) => assessed(p, TODAY))
    for (const a of all) await fresh.check(a)
    // If this fails, the engine's items or findings changed their keys or key order: the output
    // is still right, but slower. Update ITEM_KEYS or FINDING_KEYS in src/cli/json-bytes.ts.
    expect(fresh.json.counts).toEqual({
      items: all.reduce((n, a) => n + a.items.length, 0),
      findings: all.reduce((n, a) => n + a.findings.length, 0),
      fallbacks: 0,
    })
  })
})

/** A real assessment, as a fresh copy whose items keep the ruleset's own reference objects. */
function sample(): Assessment {
  const a = assessed(generateProfiles(1, 5)[0]!, TODAY)
  const copy = structuredClone(a)
  copy.items.forEach((item, i) => (item.reference = a.items[i]!.reference))
  return copy
}

const special = fc.constantFrom<unknown>(
  undefined,
  null,
  -0,
  0.1,
  -7,
  1e21,
  2 ** 31,
  NaN,
  Infinity,
  -Infinity,
  '',
  'say "hi"\\',
  '\u0000\u001f\u007f',
  '\ud800',
  '年龄 · 🀄',
  () => 1,
  Symbol('s'),
  new Date(0),
  [undefined, () => 1],
  { toJSON: () => 'x' },
  Object.create(null) as object,
  new (class Point {
    x = 1
  })(),
  Object.assign(Object.create({ inherited: 1 }) as object, { own: 2 }),
)
const anyValue = fc.oneof(special, fc.anything({ withNullPrototype: true, withSparseArray: true, withDate: true, withBoxedValues: true, maxDepth: 3 }))

describe('JsonWriter: assessments changed in any way, byte for byte as JSON.stringify', () => {
  const w = writer()
  const itemKeys = ['id', 'group', 'points', 'max', 'uncertain', 'reference', 'inputs', 'reason', 'toJSON', 'extra']
  const findingKeys = ['code', 'severity', 'evidence', 'item', 'items', 'params', 'toJSON']

  it('a value replaced, a key removed or added, keys in another order, at any level', async () => {
    const change = fc.record({
      where: fc.constantFrom('top', 'item', 'finding', 'reference', 'inputs'),
      index: fc.nat(20),
      key: fc.constantFrom(...new Set([...itemKeys, ...findingKeys, 'source', 'line', 'ruleset', 'items', 'findings', 'age'])),
      how: fc.constantFrom('set', 'delete', 'reorder'),
      value: anyValue,
    })
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 4 }), async (changes) => {
        const a = sample() as unknown as Record<string, unknown> & Assessment
        for (const { where, index, key, how, value } of changes) {
          const items = (Array.isArray(a.items) ? a.items : []) as unknown as Record<string, unknown>[]
          const findings = (Array.isArray(a.findings) ? a.findings : []) as unknown as Record<string, unknown>[]
          const item = items[index % items.length]
          let target: Record<string, unknown> | undefined =
            where === 'top' ? a : where === 'item' ? item : where === 'finding' ? findings[index % Math.max(1, findings.length)] : (item?.[where] as Record<string, unknown>)
          // Only plain objects and arrays are changed (a boxed string's characters cannot be deleted).
          if (typeof target !== 'object' || target === null || !(Array.isArray(target) || Object.getPrototypeOf(target) === Object.prototype)) continue
          // A reference is the ruleset's own object: change a copy, as a new reference.
          if (where === 'reference' && item) target = item.reference = { ...target }
          if (how === 'set') target[key] = value
          else if (how === 'delete') delete target[key]
          else {
            const entries = Object.entries(target).reverse()
            for (const k of Object.keys(target)) delete target[k]
            Object.assign(target, Object.fromEntries(entries))
          }
        }
        await w.check(a)
      }),
      // The seed that once set findings to [new String(" ")] and then reordered it (a harness error).
      { numRuns: 400, examples: [[[{ where: 'top', index: 0, key: 'findings', how: 'set', value: [new String(' ')] }, { where: 'finding', index: 0, key: 'id', how: 'reorder', value: [] }]]] },
    )
  })

  it('an empty reason is written, and is not mistaken for no reason (fast-check seed 62518938)', async () => {
    const a = sample() as unknown as Record<string, unknown> & Assessment
    const items = a.items as unknown as Record<string, unknown>[]
    items[0]!.reason = ''
    delete items[1]!.reason
    await w.check(a)
    const b = sample() as unknown as Record<string, unknown> & Assessment
    await w.check(b)
  })

  it('a reference object changed in place after its JSON was kept: written anew', async () => {
    const ref = { source: 'sh-2023', line: '基础指标 · 年龄', evidence: 'rules §B1' }
    const item = { id: 'age', group: 'basic', points: 30, max: 30, uncertain: false, reference: ref, inputs: { age: 30 } }
    const slot = { items: [item], findings: [] }
    await w.check(slot)
    ref.line = '改了'
    await w.check(slot)
    Object.assign(ref, { extra: 1 })
    await w.check(slot)
    delete (ref as Partial<typeof ref>).evidence
    await w.check(slot)
    Object.defineProperty(ref, 'toJSON', { value: () => 'replaced', enumerable: false })
    await w.check(slot)
    Object.setPrototypeOf(ref, { toJSON: () => 'from the prototype' })
    await w.check(slot)
    item.reference = { source: 'sh-2023', line: 'x', evidence: 'y', nested: { deep: [1, 2] } } as typeof ref
    await w.check(slot)
  })

  it('findings with one code but another severity or evidence share nothing they should not', async () => {
    const finding = (severity: string, evidence: string) => ({ code: 'thinMargin', severity, evidence, items: ['age'] })
    for (const f of [finding('info', 'rules §1'), finding('info', 'rules §2'), finding('warning', 'rules §2'), finding('info', 'rules §1')])
      await w.check({ findings: [f] })
  })

  it('items whose max, uncertain, group or points change share nothing they should not', async () => {
    const a = sample()
    const item = a.items[0]!
    for (const [max, uncertain, group, points] of [
      [30, false, 'basic', 30],
      [null, false, 'basic', 30],
      [30, true, 'basic', 30],
      [30, true, 'bonus', 30],
      [NaN, true, 'bonus', -0],
      [30, false, 'basic', -1024],
      [30, false, 'basic', 1023],
      [30, false, 'basic', 1024],
      [30, false, 'basic', 2.5],
    ] as const) {
      Object.assign(item, { max, uncertain, group, points })
      await w.check(a)
    }
  })
})

describe('JsonWriter: any value, byte for byte as JSON.stringify (or the same error)', () => {
  const w = writer()

  it('fast-check values of every kind, alone and under the keys the writer treats apart', async () => {
    await fc.assert(
      fc.asyncProperty(anyValue, async (v) => {
        await w.check({ v })
        await w.check([v])
        await w.check({ items: [v, v], findings: [v], reference: v, inputs: v })
      }),
      { numRuns: 500 },
    )
  })

  it('Object.prototype with an enumerable key, or with toJSON: as JSON.stringify', async () => {
    const a = sample()
    const proto = Object.prototype as Record<string, unknown>
    try {
      proto.polluted = 1
      await w.check(a)
    } finally {
      delete proto.polluted
    }
    try {
      // Not enumerable: JSON leaves it out, but an item without its own reason reads it.
      Object.defineProperty(proto, 'reason', { value: 'inherited', configurable: true })
      await w.check(a)
    } finally {
      delete proto.reason
    }
    try {
      Object.defineProperty(proto, 'toJSON', { value: () => 'everything', configurable: true })
      await w.check(a)
      await w.check({ plain: 1 })
    } finally {
      delete proto.toJSON
    }
    await w.check(a)
  })

  it('a cycle, a BigInt and a throwing getter throw as JSON.stringify does, leaving nothing written', async () => {
    const cycle: Record<string, unknown> = { a: 1 }
    cycle.self = cycle
    await w.check(cycle)
    await w.check({ items: [{ n: 1n }] })
    await w.check({
      get bad() {
        throw new RangeError('no')
      },
    })
    const deep: unknown[] = []
    let at = deep
    for (let i = 0; i < 40; i++) at = (at[0] = []) as unknown[]
    await w.check(deep)
  })

  it('more distinct keys and strings than it keeps, and values larger than an output buffer', async () => {
    const many = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`key ${i} 键`, `value ${i} 值`]))
    await w.check(many)
    await w.check(many)
    const big = 'x'.repeat(OUT_CHUNK + 10)
    await w.check({ big, chinese: '年'.repeat(OUT_CHUNK), after: [1, 2] })
    // Something unknown after a value that spilled into a second buffer: taken back whole.
    await w.check({ big, after: new Date(0) })
  })

  it('values written one after another into one buffer, then flushed together', async () => {
    const values = [sample(), { big: 'y'.repeat(OUT_CHUNK) }, sample(), { date: new Date(1) }, compactSlot(sample()) as object]
    for (const v of values) {
      w.json.write(v)
      w.out.byte(10)
      void w.out.endSlot()
    }
    expect((await w.take()).toString('utf8')).toBe(values.map((v) => `${JSON.stringify(v)}\n`).join(''))
  })
})
