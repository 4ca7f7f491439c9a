// The command line's output formats, piece by piece.
import { describe, expect, it } from 'vitest'
import { compactSlot, csvCell, Printer, type Slot } from '../../src/cli/output'
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

describe('Printer (json)', () => {
  it('holds the first slot until the shape is known: one profile alone is indented', () => {
    const printer = new Printer('json', false)
    expect(printer.slot(A, undefined)).toBe('')
    expect(printer.end('single')).toBe(`${JSON.stringify(A, null, 2)}\n`)
  })

  it('prints a sequence as an array, one slot per line, once the second value shows it', () => {
    const printer = new Printer('json', false)
    const text = printer.slot(A, undefined) + printer.slot(INVALID, 'sequence') + printer.end('sequence')
    expect(text).toBe(`[\n${JSON.stringify(A)},\n${JSON.stringify(INVALID)}\n]\n`)
  })
})
