// The streaming JSON splitter of the command line: elements out of any chunking, positions for
// messages, and the keys JSON.parse would drop without a word.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { InputError } from '../../src/cli/input-error'
import { duplicateKeys, JsonSplitter, keyCount, parseElement, type Element } from '../../src/cli/json-split'

function split(chunks: readonly string[], max = 1 << 20): { elements: Element[]; shape: string | undefined } {
  const splitter = new JsonSplitter('in.json', max)
  const elements = chunks.flatMap((c) => splitter.push(c))
  elements.push(...splitter.end())
  return { elements, shape: splitter.shape }
}

const errorOf = (chunks: readonly string[]) => {
  try {
    split(chunks)
  } catch (e) {
    if (e instanceof InputError) return e.message
    throw e
  }
  return 'no error'
}

/** Cuts text at the given positions. */
const cut = (text: string, at: number[]) => {
  const points = [...new Set(at)].sort((a, b) => a - b)
  return [0, ...points].map((p, i) => text.slice(p, points[i] ?? text.length))
}

describe('JsonSplitter', () => {
  it('splits an array into the texts of its elements, with where each starts', () => {
    const { elements, shape } = split(['[ {"a": [1, {"b": "]}"}]},\n  "x\\"]" , 42,null ]\n'])
    expect(shape).toBe('array')
    expect(elements.map((e) => e.text)).toEqual(['{"a": [1, {"b": "]}"}]}', '"x\\"]"', '42', 'null'])
    expect(elements.map((e) => [e.index, e.line, e.column])).toEqual([
      [1, 1, 3],
      [2, 2, 3],
      [3, 2, 12],
      [4, 2, 15],
    ])
  })

  it('gives the same elements however the input is cut into chunks', () => {
    const text = '\n[{"version":1,"s":"a,b]}\\\\","n":[1,[2]]},\n\t"中文\\u0022",-1.5e3 , true,{}]\n'
    const whole = split([text]).elements
    fc.assert(
      fc.property(fc.array(fc.nat(text.length), { maxLength: 12 }), (at) => {
        expect(split(cut(text, at)).elements).toEqual(whole)
      }),
    )
  })

  it('one value is shape single; values one per line (NDJSON) are a sequence', () => {
    expect(split(['  {"version":1}\n'])).toMatchObject({ shape: 'single', elements: [{ text: '{"version":1}' }] })
    const ndjson = split(['{"a":1}\n{"b":', '2}\n7\n'])
    expect(ndjson.shape).toBe('sequence')
    expect(ndjson.elements.map((e) => [e.text, e.line])).toEqual([
      ['{"a":1}', 1],
      ['{"b":2}', 2],
      ['7', 3],
    ])
  })

  it('an empty array has no elements', () => {
    expect(split(['[', ' ]'])).toEqual({ elements: [], shape: 'array' })
  })

  it.each([
    ['', 'the input is empty'],
    ['[{"a":1} {"b":2}]', "expected ',' or ']' after profile 1 but found '{' at line 1, column 10"],
    ['[{"a":1},]', "expected profile 2 after ',' but found ']' at line 1, column 10"],
    ['[1,,2]', "expected profile 2 after ',' but found ',' at line 1, column 4"],
    ['[1]\n]', "unexpected ']' after the array's closing ']' at line 2, column 1"],
    ['[{"a":1}', "the input ends before the array's closing ']' (after profile 1; is the file cut short?)"],
    ['[{"a":1}, {"b":', 'the input ends inside profile 2 that starts at line 1, column 11 (is the file cut short?)'],
    ['{"a":"', 'the input ends inside the value that starts at line 1, column 1 (is the file cut short?)'],
  ])('%j → "%s"', (input, message) => {
    expect(errorOf([input])).toBe(`invalid JSON in in.json: ${message}`)
  })

  it('a syntax error after complete elements is thrown at the next call, once those are used', () => {
    const splitter = new JsonSplitter('in.json', 100)
    expect(splitter.push('[1, 2 3]').map((e) => e.text)).toEqual(['1', '2'])
    expect(() => splitter.end()).toThrow("expected ',' or ']' after profile 2 but found '3' at line 1, column 7")
  })

  it('an element longer than the limit is refused as soon as the limit is passed', () => {
    const splitter = new JsonSplitter('in.json', 1024 * 1024)
    splitter.push('[{"a":"')
    expect(() => splitter.push('x'.repeat(1024 * 1024))).toThrow(/^profile 1 in in\.json \(line 1\) is larger than 1 MB; a profile is a few KB/)
  })

  it('counts the keys as written, so that a key given twice shows as one key missing after parsing', () => {
    const [element] = split(['[{"a":1,"b":{"c":":"},"a":2}]']).elements
    expect(element!.keys).toBe(4)
    expect(keyCount(JSON.parse(element!.text))).toBe(3)
  })
})

describe('parseElement', () => {
  it('places a syntax error of an element in the whole input', () => {
    const [, second] = split(['[1,\n  {"a": 1,\n   "b" 2}]']).elements
    expect(() => parseElement(second!, 'in.json')).toThrow("invalid JSON in in.json: Unexpected number at line 3, column 8")
  })

  it('keeps the message of an error without a position and gives the element start', () => {
    const [first] = split(['[xyz]']).elements
    expect(() => parseElement(first!, 'in.json')).toThrow(/^invalid JSON in in\.json: Unexpected token 'x', "xyz" is not valid JSON at line 1, column 2$/)
  })
})

describe('duplicateKeys', () => {
  it('names every key given twice by its path; array positions count', () => {
    const text = '{"a":1,"si":[{"from":"x","base":1},{"base":1,"base":2}],"k":{"since":1,"kind":[],"since":{}},"a":3}'
    expect(duplicateKeys(text)).toEqual(['si.1.base', 'k.since', 'a'])
  })

  it('compares keys after unescaping ("\\u0061" is "a") and ignores braces inside strings', () => {
    expect(duplicateKeys('{"a":"{\\"a\\":1}","\\u0061":2}')).toEqual(['a'])
    expect(duplicateKeys('{"a":{"a":1},"b":[{"a":1},{"a":2}]}')).toEqual([])
  })
})

describe('keyCount', () => {
  it('counts keys at every depth, arrays included, without recursion', () => {
    expect(keyCount({ a: 1, b: [{ c: 1 }, { d: { e: 1 } }] })).toBe(5)
    expect(keyCount(JSON.parse(`${'['.repeat(50_000)}{"a":1}${']'.repeat(50_000)}`))).toBe(1)
    expect(keyCount('x')).toBe(0)
  })
})
