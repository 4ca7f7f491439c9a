// A JSON array of any length (or one value, or a sequence of values such as NDJSON) read as a
// stream: text chunks in, the text of each complete top-level element out, so that memory holds
// one element, never the file. The scanner only finds where elements start and end and checks
// what lies between them; each element's own syntax is checked by JSON.parse (native, exact).
import { InputError } from './input-error'

/** array: `[…]`; single: one value; sequence: several values separated by white space (NDJSON). */
export type Shape = 'array' | 'single' | 'sequence'

export interface Element {
  /** 1-based position among the top-level elements. */
  index: number
  text: string
  /** Where the element starts (1-based line and column), for messages. */
  line: number
  column: number
  /** Keys as written (colons outside strings): more than the parsed value holds means a key given twice. */
  keys: number
}

// What the top level expects next.
const START = 0 // a value, or '[' (the document is an array)
const FIRST_OR_CLOSE = 1 // after '[': a value or ']'
const NEXT = 2 // after ',': a value
const COMMA_OR_CLOSE = 3 // after a value in the array
const AFTER_ARRAY = 4 // after the closing ']': white space only
const AFTER_VALUE = 5 // after a value outside an array: white space, or another value (a sequence)

const QUOTE = 34
const BACKSLASH = 92
const COMMA = 44
const COLON = 58
const OPEN_BRACE = 123
const CLOSE_BRACE = 125
const OPEN_BRACKET = 91
const CLOSE_BRACKET = 93
const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9

export class JsonSplitter {
  /** Known once the input shows it: at '[' for an array, at a second value or the end otherwise. */
  shape: Shape | undefined
  private top = START
  private count = 0

  // The element being read.
  private inElement = false
  private depth = 0
  private inString = false
  private escape = false
  /** A number, true, false or null: it ends at white space, ',' or ']'. */
  private bare = false
  private parts: string[] = []
  private size = 0
  private colons = 0
  private startLine = 0
  private startColumn = 0

  // Positions, for messages: lines are counted lazily, up to `counted` in the current chunk.
  private line = 1
  private lineStart = 0
  private offset = 0
  private counted = 0

  /** Found in a chunk after some complete elements: thrown at the next call, once those are used. */
  private failure: InputError | undefined

  /** `name` is how messages call the input; `maxElement` the longest element held (characters). */
  constructor(
    private readonly name: string,
    private readonly maxElement: number,
  ) {}

  /**
   * The elements completed by this chunk of text. A syntax error between elements is thrown at
   * the next call, so that the elements before it are used first whatever the chunking.
   */
  push(text: string): Element[] {
    if (this.failure) throw this.failure
    const out: Element[] = []
    try {
      this.scan(text, out)
    } catch (e) {
      if (!(e instanceof InputError) || !out.length) throw e
      this.failure = e
    }
    return out
  }

  private scan(text: string, out: Element[]): void {
    const n = text.length
    let start = 0
    for (let i = 0; i < n; i++) {
      let c = text.charCodeAt(i)
      if (this.inElement) {
        if (this.inString) {
          for (; i < n; i++) {
            c = text.charCodeAt(i)
            if (this.escape) this.escape = false
            else if (c === BACKSLASH) this.escape = true
            else if (c === QUOTE) {
              this.inString = false
              break
            }
          }
          if (!this.inString && this.depth === 0) out.push(this.complete(text, start, i + 1))
        } else if (this.bare) {
          if (isSpace(c) || c === COMMA || c === CLOSE_BRACKET) {
            out.push(this.complete(text, start, i))
            i-- // the delimiter belongs to the top level
          }
        } else if (c === QUOTE) this.inString = true
        else if (c === COLON) this.colons++
        else if (c === OPEN_BRACE || c === OPEN_BRACKET) this.depth++
        else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && --this.depth === 0) out.push(this.complete(text, start, i + 1))
        continue
      }
      if (isSpace(c)) continue
      switch (this.top) {
        case START:
          if (c === OPEN_BRACKET) {
            this.shape = 'array'
            this.top = FIRST_OR_CLOSE
            continue
          }
          break
        case FIRST_OR_CLOSE:
          if (c === CLOSE_BRACKET) {
            this.top = AFTER_ARRAY
            continue
          }
          break
        case NEXT:
          if (c === CLOSE_BRACKET || c === COMMA) this.fail(text, i, `expected profile ${this.count + 1} after ',' but found '${text[i]}'`)
          break
        case COMMA_OR_CLOSE:
          if (c === COMMA) this.top = NEXT
          else if (c === CLOSE_BRACKET) this.top = AFTER_ARRAY
          else this.fail(text, i, `expected ',' or ']' after profile ${this.count} but found '${text[i]}'`)
          continue
        case AFTER_ARRAY:
          this.fail(text, i, `unexpected '${text[i]}' after the array's closing ']'`)
          break
        case AFTER_VALUE:
          this.shape = 'sequence'
          break
      }
      // A value starts here.
      this.begin(text, i, c)
      start = i
    }
    if (this.inElement) {
      this.parts.push(text.slice(start))
      this.size += n - start
      this.checkSize()
    }
    this.position(text, n)
    this.offset += n
    this.counted = 0
  }

  /** The input has ended: returns a last bare value, or throws if the document is incomplete. */
  end(): Element[] {
    if (this.failure) throw this.failure
    const out: Element[] = []
    if (this.inElement) {
      if (!this.bare)
        throw new InputError(
          `invalid JSON in ${this.name}: the input ends inside ${this.what(this.count)} that starts at line ${this.startLine}, column ${this.startColumn} (is the file cut short?)`,
        )
      out.push(this.complete('', 0, 0))
    }
    if (this.top === START) throw new InputError(`invalid JSON in ${this.name}: the input is empty`)
    if (this.top === FIRST_OR_CLOSE || this.top === NEXT || this.top === COMMA_OR_CLOSE)
      throw new InputError(`invalid JSON in ${this.name}: the input ends before the array's closing ']' (after profile ${this.count}; is the file cut short?)`)
    this.shape ??= 'single'
    return out
  }

  private what(index: number): string {
    return this.shape === undefined && index === 1 ? 'the value' : `profile ${index}`
  }

  private begin(text: string, i: number, c: number): void {
    this.inElement = true
    this.count++
    this.depth = c === OPEN_BRACE || c === OPEN_BRACKET ? 1 : 0
    this.inString = c === QUOTE
    this.bare = this.depth === 0 && !this.inString
    this.parts = []
    this.size = 0
    this.colons = 0
    const { line, column } = this.position(text, i)
    this.startLine = line
    this.startColumn = column
  }

  private complete(text: string, start: number, end: number): Element {
    this.inElement = false
    this.top = this.shape === 'array' ? COMMA_OR_CLOSE : AFTER_VALUE
    const piece = text.slice(start, end)
    this.size += end - start
    this.checkSize()
    const whole = this.parts.length ? this.parts.join('') + piece : piece
    this.parts = []
    return { index: this.count, text: whole, line: this.startLine, column: this.startColumn, keys: this.colons }
  }

  private checkSize(): void {
    if (this.size <= this.maxElement) return
    const mb = this.maxElement / (1024 * 1024)
    throw new InputError(
      `${this.what(this.count)} in ${this.name} (line ${this.startLine}) is larger than ${mb} MB; a profile is a few KB, so this is not one ` +
        `(a list of profiles is a JSON array, or one profile per line)`,
    )
  }

  /** Line and column of text[i], counting the newlines not counted yet. */
  private position(text: string, i: number): { line: number; column: number } {
    for (let j = text.indexOf('\n', this.counted); j !== -1 && j < i; j = text.indexOf('\n', j + 1)) {
      this.line++
      this.lineStart = this.offset + j + 1
    }
    this.counted = i
    return { line: this.line, column: this.offset + i - this.lineStart + 1 }
  }

  private fail(text: string, i: number, what: string): never {
    const { line, column } = this.position(text, i)
    throw new InputError(`invalid JSON in ${this.name}: ${what} at line ${line}, column ${column}`)
  }
}

/** JSON.parse of one element, its syntax errors placed in the whole input. */
export function parseElement(element: Element, name: string): unknown {
  try {
    return JSON.parse(element.text)
  } catch (e) {
    const message = (e as Error).message
    const at = /\s*in JSON at position (\d+)(?: \(line \d+ column \d+\))?$/.exec(message)
    let line = element.line
    let column = element.column
    if (at) {
      const before = element.text.slice(0, Number(at[1]))
      const newlines = before.split('\n').length - 1
      line += newlines
      column = newlines ? before.length - before.lastIndexOf('\n') : column + before.length
    }
    const what = at ? message.slice(0, at.index) : message
    throw new InputError(`invalid JSON in ${name}: ${what} at line ${line}, column ${column}`)
  }
}

/** The number of keys in a parsed JSON value, at every depth (without recursion: any depth is fine). */
export function keyCount(value: unknown): number {
  let count = 0
  const stack = [value]
  while (stack.length) {
    const v = stack.pop()
    if (typeof v !== 'object' || v === null) continue
    if (Array.isArray(v)) for (const item of v) stack.push(item)
    else {
      const keys = Object.keys(v)
      count += keys.length
      for (const key of keys) stack.push((v as Record<string, unknown>)[key])
    }
  }
  return count
}

/**
 * Keys given twice in one object of a valid JSON text, as field paths ("socialInsurance.0.base"):
 * JSON.parse keeps the last value without a word, so the caller reports them instead.
 */
export function duplicateKeys(text: string): string[] {
  const found: string[] = []
  // One frame per open container: its keys (objects) or null (arrays), the key or index being
  // read in it, and its own place in its parent.
  const keys: (Set<string> | null)[] = []
  const current: (string | number)[] = []
  const place: (string | number)[] = []
  let expectKey = false
  const n = text.length
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === QUOTE) {
      const from = i + 1
      let escape = false
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i)
        if (escape) escape = false
        else if (d === BACKSLASH) escape = true
        else if (d === QUOTE) break
      }
      if (!expectKey) continue
      expectKey = false
      const raw = text.slice(from, i)
      const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw
      const top = keys.length - 1
      if (keys[top]!.has(key)) found.push([...place.slice(1), key].join('.'))
      else keys[top]!.add(key)
      current[top] = key
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      place.push(keys.length ? current[keys.length - 1]! : '')
      keys.push(c === OPEN_BRACE ? new Set() : null)
      current.push(c === OPEN_BRACE ? '' : 0)
      expectKey = c === OPEN_BRACE
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      keys.pop()
      current.pop()
      place.pop()
    } else if (c === COMMA) {
      const top = keys.length - 1
      if (keys[top]) expectKey = true
      else current[top] = (current[top] as number) + 1
    }
  }
  return found
}
