// The command line's output formats, piece by piece.
import { describe, expect, it } from 'vitest'
import { Buffer } from 'node:buffer'
import { OutputBuffer } from '../../src/cli/out-buffer'
import { compactSlot, csvCell, Printer, type Format, type Slot } from '../../src/cli/output'
import { assess } from '../../src/engine/assess'

const A = assess({ version: 1, birthDate: '1990-01-01', education: 'master' }, '2026-06-15')
const INVALID: Slot = { errors: [{ path: 'education', message: 'bad' }] }

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['a;b', '"a;b"'],
    ['a\tb', '"a\tb"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['@cmd', "'@cmd"],
    ["a;=cmd|' /C calc'!A0;", `"a;=cmd|' /C calc'!A0;"`],
    ["=cmd|' /C calc'!A0;x", `"'=cmd|' /C calc'!A0;x"`],
    ['-150', '-150'],
    ['-2.5', '-2.5'],
    ['-x', "'-x"],
  ])('%j → %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell)
  })
})

describe('compactSlot', () => {
  it('turns items into {id: points} and findings into codes, and leaves an invalid slot as it is', () => {
    const compact = compactSlot(A) as Record<string, unknown>
    expect(compact.items).toEqual(Object.fromEntries(A.items.map((i) => [i.id, i.points])))
    expect(compact.findings).toEqual(A.findings.map((f) => f.code))
    expect(compact).toMatchObject({ status: A.status, total: A.total, asOf: '2026-06-15' })
    expect(compactSlot(INVALID)).toBe(INVALID)
  })
})

/** What a printer writes: `run` calls it, then the buffer is flushed. */
async function printed(format: Format, compact: boolean, run: (printer: Printer) => void): Promise<string> {
  const parts: Uint8Array[] = []
  const out = new OutputBuffer({ write: (chunk) => void parts.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk) })
  run(new Printer(format, compact, out))
  await out.flush()
  return Buffer.concat(parts).toString('utf8')
}

describe('Printer (json)', () => {
  it('holds the first slot until the shape is known: one profile alone is indented', async () => {
    expect(await printed('json', false, (p) => p.slot(A, undefined))).toBe('')
    expect(
      await printed('json', false, (p) => {
        p.slot(A, undefined)
        p.end('single')
      }),
    ).toBe(`${JSON.stringify(A, null, 2)}\n`)
  })

  it('prints a sequence as an array, one slot per line, once the second value shows it', async () => {
    const text = await printed('json', false, (p) => {
      p.slot(A, undefined)
      p.slot(INVALID, 'sequence')
      p.end('sequence')
    })
    expect(text).toBe(`[\n${JSON.stringify(A)},\n${JSON.stringify(INVALID)}\n]\n`)
  })

  it('--compact: the compact slot as JSON.stringify writes it, one profile alone indented', async () => {
    const slots = (p: Printer) => {
      p.slot(A, 'array')
      p.slot(INVALID, 'array')
      p.end('array')
    }
    expect(await printed('json', true, slots)).toBe(`[\n${JSON.stringify(compactSlot(A))},\n${JSON.stringify(INVALID)}\n]\n`)
    expect(await printed('ndjson', true, slots)).toBe(`${JSON.stringify(compactSlot(A))}\n${JSON.stringify(INVALID)}\n`)
    const single = (p: Printer) => {
      p.slot(A, undefined)
      p.end('single')
    }
    expect(await printed('json', true, single)).toBe(`${JSON.stringify(compactSlot(A), null, 2)}\n`)
  })
})

describe('Printer (ndjson)', () => {
  it('one slot per line, each as JSON.stringify writes it', async () => {
    const text = await printed('ndjson', false, (p) => {
      p.slot(A, undefined)
      p.slot(INVALID, 'sequence')
      p.end('sequence')
    })
    expect(text).toBe(`${JSON.stringify(A)}\n${JSON.stringify(INVALID)}\n`)
  })
})
