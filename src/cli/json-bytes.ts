// JSON.stringify(value), byte for byte, written as UTF-8 straight into the output buffer.
//
// A full assessment is ~5 KB of JSON and most of it is the same in every assessment: keys, item
// ids, finding codes and above all the legal references (Chinese text, which makes the result of
// JSON.stringify a two-byte string that costs as much again to encode). So the JSON of those
// parts is made once and kept as bytes:
// - a reference per object (the ruleset's own object in every assessment), checked against the
//   object's keys and values on every use and made anew if they changed;
// - an item's text up to its inputs (`{"id":…,"group":…,"points":…,"max":…,"uncertain":…,
//   "reference":{…},"inputs":`), per reference, id, group, max, uncertain and points; what
//   follows its inputs, per reason;
// - a finding's head (`{"code":…,"severity":…,"evidence":…`), per code, severity and evidence;
// - keys; plain ASCII strings and integers are copied in directly.
// Only the inputs and the findings' other keys are written each time.
//
// Nothing here depends on the engine beyond the shape of its output, and nothing is assumed: an
// item or finding with other keys or another key order, or values of other types, is written the
// general way; anything this writer does not know at all (toJSON, a class instance, a BigInt, a
// cycle, a getter that throws) makes it take back what it wrote and call JSON.stringify. The
// output is the same whichever way is taken (tests/cli/json-bytes.test.ts).
import { Buffer } from 'node:buffer'
import type { OutputBuffer } from './out-buffer'

const COMMA = 44
const OPEN_BRACE = 123
const CLOSE_BRACE = 125
const OPEN_BRACKET = 91
const CLOSE_BRACKET = 93
const NULL = Buffer.from('null')
const TRUE = Buffer.from('true')
const FALSE = Buffer.from('false')
const S = JSON.stringify
const encode = (text: string) => Buffer.from(text)

/** Deeper than this, JSON.stringify writes the whole value (and finds a cycle, as it does). */
const MAX_DEPTH = 16
/** Keys, strings and tails kept encoded: at most this many of each, each at most MAX_KEPT_LENGTH long. */
const MAX_KEPT = 4096
const MAX_KEPT_LENGTH = 64
/** Item texts up to the inputs are kept for points from -POINTS to POINTS - 1 (integers). */
const POINTS = 1024
/** Item shapes kept per reference (max and uncertain vary little). */
const MAX_SHAPES = 8

/** An item (ItemResult) in the engine's key order: `reason` may be missing. */
const ITEM_KEYS = ['id', 'group', 'points', 'max', 'uncertain', 'reference', 'inputs', 'reason'] as const
/** A finding's first keys; the optional ones after them are written the general way. */
const FINDING_KEYS = ['code', 'severity', 'evidence'] as const

/** Thrown inside the writer when it meets something it does not know: JSON.stringify then writes the value. */
class Unknown extends Error {}
const UNKNOWN = new Unknown('not a value json-bytes knows')

/** What the items citing one reference have in common, with one id, group, max and uncertain. */
interface ItemShape {
  id: string
  group: string
  max: number | null
  uncertain: boolean
  /** `{"id":…,"group":…,"points":` */
  head: Uint8Array
  /** `,"max":…,"uncertain":…,"reference":{…},"inputs":` */
  middle: Uint8Array
  /** head + points + middle, by points (integers from -POINTS to POINTS - 1). */
  prefixes: Map<number, Uint8Array>
}

/** A reference's JSON and what it was made from (its keys and primitive values). */
interface Shared {
  keys: string[]
  values: unknown[]
  json: Uint8Array
  shapes: ItemShape[]
}

interface FindingHead {
  severity: string
  evidence: string
  bytes: Uint8Array
}

/** A key's JSON with its colon, without and with a comma before it. */
interface Key {
  first: Uint8Array
  next: Uint8Array
}

type Record_ = Record<string, unknown>

function isPlain(o: object): boolean {
  const proto: unknown = Object.getPrototypeOf(o)
  return (proto === Object.prototype || proto === null) && !('toJSON' in o)
}
const isObject = (v: unknown): v is Record_ => typeof v === 'object' && v !== null && !Array.isArray(v)
const isPrimitive = (v: unknown) => v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
/** Object.prototype with an enumerable key would show in for…in (the fast paths use it) but not in JSON. */
function protoEnumerable(): boolean {
  for (const _ in {}) return true
  return false
}
function isEmpty(o: Record_): boolean {
  for (const _ in o) return false
  return true
}
/** Whether o still has the keys and values its JSON was made from (for…in: Object.prototype has no enumerable key). */
function sameEntries(o: Record_, kept: Shared): boolean {
  let i = 0
  for (const k in o) if (k !== kept.keys[i] || o[k] !== kept.values[i++]) return false
  return i === kept.keys.length
}

export class JsonWriter {
  private readonly keys = new Map<string, Key>()
  private readonly strings = new Map<string, Uint8Array>()
  private readonly shared = new WeakMap<object, Shared>()
  private readonly findingHeads = new Map<string, FindingHead>()
  /** After an item's inputs: `,"reason":…}` by reason. */
  private readonly tails = new Map<string | null, Uint8Array>()
  /** The same after empty inputs: `{},"reason":…}`. */
  private readonly emptyTails = new Map<string | null, Uint8Array>()
  /** Object.prototype has no enumerable key, so for…in lists an object's own keys (checked per value written). */
  private fast = true
  /** Items and findings written from kept parts, and values JSON.stringify wrote (tests check the usual way is taken). */
  readonly counts = { items: 0, findings: 0, fallbacks: 0 }

  constructor(private readonly out: OutputBuffer) {}

  /** Writes JSON.stringify(value) (without indentation). */
  write(value: object): void {
    const out = this.out
    out.begin()
    try {
      this.fast = !protoEnumerable()
      this.value(value, 0, undefined)
    } catch {
      // Not known here (or a getter threw): JSON.stringify decides, and throws what it throws.
      out.undo()
      this.counts.fallbacks++
      out.text(S(value))
    }
  }

  private value(v: unknown, depth: number, key: string | undefined): void {
    switch (typeof v) {
      case 'string':
        return this.string(v)
      case 'number':
        return this.number(v)
      case 'boolean':
        return this.out.bytes(v ? TRUE : FALSE)
      case 'object':
        if (v === null) return this.out.bytes(NULL)
        if (depth >= MAX_DEPTH) throw UNKNOWN
        if (Array.isArray(v)) return this.array(v, depth, key)
        return this.object(v as Record_, depth)
      default:
        throw UNKNOWN
    }
  }

  private array(a: unknown[], depth: number, key: string | undefined): void {
    if (Object.getPrototypeOf(a) !== Array.prototype || 'toJSON' in a) throw UNKNOWN
    const out = this.out
    out.byte(OPEN_BRACKET)
    for (let i = 0; i < a.length; i++) {
      if (i) out.byte(COMMA)
      const v = a[i]
      // As JSON.stringify: what has no JSON form is null in an array.
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') out.bytes(NULL)
      else if (!(key === 'items' ? this.item(v) : key === 'findings' ? this.finding(v) : false)) this.value(v, depth + 1, undefined)
    }
    out.byte(CLOSE_BRACKET)
  }

  /**
   * The general way: every key in JSON.stringify's order, which is Object.keys' (and for…in's
   * when Object.prototype has no enumerable key; for…in allocates nothing).
   */
  private object(o: Record_, depth: number): void {
    if (!isPlain(o)) throw UNKNOWN
    this.members(o, depth)
  }

  /** A plain object's `{…}`. */
  private members(o: Record_, depth: number): void {
    this.out.byte(OPEN_BRACE)
    let comma = false
    if (this.fast) for (const key in o) comma = this.entry(o, key, depth, comma)
    else for (const key of Object.keys(o)) comma = this.entry(o, key, depth, comma)
    this.out.byte(CLOSE_BRACE)
  }

  /** One key and its value, with a comma before it if `comma`; returns whether a key has been written. */
  private entry(o: Record_, key: string, depth: number, comma: boolean): boolean {
    const v = o[key]
    // As JSON.stringify: a key whose value has no JSON form is left out.
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') return comma
    this.key(key, comma)
    const shared = key === 'reference' && isObject(v) && isPlain(v) ? this.sharedJson(v) : undefined
    if (shared) this.out.bytes(shared.json)
    else this.value(v, depth + 1, key)
    return true
  }

  /**
   * An item in the engine's key order, from its kept parts; false (nothing written) for anything
   * else, which is then written the general way.
   */
  private item(v: unknown): boolean {
    if (!this.fast || !isObject(v) || !isPlain(v)) return false
    let n = 0
    for (const k in v) if (n === ITEM_KEYS.length || k !== ITEM_KEYS[n++]) return false
    if (n < ITEM_KEYS.length - 1) return false
    const { id, group, points, max, uncertain, reference, inputs, reason } = v
    if (
      typeof id !== 'string' ||
      typeof group !== 'string' ||
      typeof points !== 'number' ||
      (max !== null && typeof max !== 'number') ||
      typeof uncertain !== 'boolean' ||
      !isObject(reference) ||
      !isPlain(reference) ||
      !isObject(inputs) ||
      !isPlain(inputs) ||
      (n === ITEM_KEYS.length && typeof reason !== 'string')
    )
      return false
    const shared = this.sharedJson(reference)
    if (!shared) return false
    const shape = this.itemShape(shared, id, group, max, uncertain)
    const out = this.out
    const keep = Number.isInteger(points) && points >= -POINTS && points < POINTS
    let prefix = keep ? shape.prefixes.get(points) : undefined
    if (!prefix && keep) shape.prefixes.set(points, (prefix = Buffer.concat([shape.head, encode(S(points)), shape.middle])))
    if (prefix) out.bytes(prefix)
    else {
      out.bytes(shape.head)
      this.number(points)
      out.bytes(shape.middle)
    }
    const empty = isEmpty(inputs)
    if (!empty) this.members(inputs, 2)
    out.bytes(this.tail(empty, n === ITEM_KEYS.length ? (reason as string) : undefined))
    this.counts.items++
    return true
  }

  private itemShape(shared: Shared, id: string, group: string, max: number | null, uncertain: boolean): ItemShape {
    for (const shape of shared.shapes) if (shape.id === id && shape.group === group && shape.max === max && shape.uncertain === uncertain) return shape
    const shape: ItemShape = {
      id,
      group,
      max,
      uncertain,
      head: encode(`{"id":${S(id)},"group":${S(group)},"points":`),
      middle: Buffer.concat([encode(`,"max":${S(max)},"uncertain":${uncertain},"reference":`), shared.json, encode(',"inputs":')]),
      prefixes: new Map(),
    }
    // A max of NaN would never match: such a shape is made each time, not kept.
    if (shared.shapes.length < MAX_SHAPES && !Number.isNaN(max)) shared.shapes.push(shape)
    return shape
  }

  /** What follows an item's inputs (`{}` first if they are empty): the reason if any, and `}`. */
  private tail(empty: boolean, reason: string | undefined): Uint8Array {
    // null: no reason at all, which is not the same as an empty one.
    const key = reason ?? null
    const tails = empty ? this.emptyTails : this.tails
    let tail = tails.get(key)
    if (tail === undefined) {
      tail = encode(`${empty ? '{}' : ''}${reason === undefined ? '' : `,"reason":${S(reason)}`}}`)
      if (tails.size < MAX_KEPT && (key?.length ?? 0) <= MAX_KEPT_LENGTH) tails.set(key, tail)
    }
    return tail
  }

  /** A finding: its head (code, severity, evidence) kept, the keys after it written the general way. */
  private finding(v: unknown): boolean {
    if (!this.fast || !isObject(v) || !isPlain(v)) return false
    let n = 0
    for (const k in v) {
      if (n === FINDING_KEYS.length) break
      if (k !== FINDING_KEYS[n++]) return false
    }
    if (n !== FINDING_KEYS.length) return false
    const { code, severity, evidence } = v
    if (typeof code !== 'string' || typeof severity !== 'string' || typeof evidence !== 'string') return false
    let head = this.findingHeads.get(code)
    if (!head || head.severity !== severity || head.evidence !== evidence) {
      head = { severity, evidence, bytes: encode(`{"code":${S(code)},"severity":${S(severity)},"evidence":${S(evidence)}`) }
      if (this.findingHeads.size < MAX_KEPT && code.length <= MAX_KEPT_LENGTH) this.findingHeads.set(code, head)
    }
    this.out.bytes(head.bytes)
    n = 0
    for (const key in v) if (n++ >= FINDING_KEYS.length) this.entry(v, key, 2, true)
    this.out.byte(CLOSE_BRACE)
    this.counts.findings++
    return true
  }

  /**
   * The JSON of a plain object (isPlain) of primitives, kept per object and checked against its
   * keys and values on every use (made anew if they changed); undefined for any other object.
   */
  private sharedJson(o: Record_): Shared | undefined {
    const kept = this.shared.get(o)
    if (kept && this.fast && sameEntries(o, kept)) return kept
    const keys = Object.keys(o)
    if (kept && keys.length === kept.keys.length && keys.every((k, i) => k === kept.keys[i] && o[k] === kept.values[i])) return kept
    const values = keys.map((k) => o[k])
    if (!values.every(isPrimitive)) return undefined
    // What JSON.stringify makes of an object of primitives, from the values just read.
    const json = encode(`{${keys.map((k, i) => `${S(k)}:${S(values[i])}`).join(',')}}`)
    const shared: Shared = { keys, values, json, shapes: [] }
    this.shared.set(o, shared)
    return shared
  }

  private key(key: string, comma: boolean): void {
    let json = this.keys.get(key)
    if (json === undefined) {
      json = { first: encode(`${S(key)}:`), next: encode(`,${S(key)}:`) }
      if (this.keys.size < MAX_KEPT && key.length <= MAX_KEPT_LENGTH) this.keys.set(key, json)
    }
    this.out.bytes(comma ? json.next : json.first)
  }

  private string(s: string): void {
    // Printable ASCII without `"` or `\` is copied in as it is; anything else as JSON.stringify writes it.
    if (this.out.plainString(s)) return
    if (s.length > MAX_KEPT_LENGTH) return this.out.text(S(s))
    let json = this.strings.get(s)
    if (json === undefined) {
      if (this.strings.size >= MAX_KEPT) return this.out.text(S(s))
      this.strings.set(s, (json = encode(S(s))))
    }
    this.out.bytes(json)
  }

  private number(n: number): void {
    // As JSON.stringify: -0 is 0 (smallInt writes it so), NaN and ±Infinity are null.
    if (n >= 0 && n <= 0x7fffffff && Number.isInteger(n)) this.out.smallInt(n)
    else if (Number.isFinite(n)) this.out.ascii(String(n))
    else this.out.bytes(NULL)
  }
}
