// Adding a profile field is one entry in the field registry (src/lib/fields/registry.ts): on a
// copy of the registry with one more field, the modules that list fields pick it up by themselves —
// the draft keeps it, the CSV reader reads its column, the wizard asks it in its step and the
// report prints it. (The schema, the engine and the messages are the other half of the recipe in
// docs/architecture.md, "How to add a profile field".)
import { describe, expect, it, vi } from 'vitest'

const EXTRA = vi.hoisted(() => ({ path: 'militaryService', kind: 'yesNo', step: 'bonuses', order: 11 }) as const)

vi.mock('../../../src/lib/fields/registry', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/lib/fields/registry')>()
  const FIELDS = [...real.FIELDS, EXTRA]
  return { ...real, FIELDS, fieldAt: (path: string) => FIELDS.find((f) => f.path === path) }
})

const { toDraft } = await import('../../../src/state/draft-store')
const { matchHeader, mapHeaders } = await import('../../../src/lib/csv-headers')
const { PROFILE_COLUMNS, profileToCells } = await import('../../../src/lib/csv-profile')
const { rowToRawProfile } = await import('../../../src/lib/csv-row')
const { STEPS, stepOfPath } = await import('../../../src/components/wizard/steps')
const { profileEntries } = await import('../../../src/components/report/profile-entries')

// A catalogue stand-in: each key reads as itself in brackets.
const t = (key: string) => `‹${key}›`

describe('a field added to the registry only', () => {
  it('is kept by the draft normaliser (storage, share links, imports), as typed', () => {
    expect(toDraft({ version: 1, militaryService: true, birthDate: '1990-05-01', notAField: 1 }).draft).toEqual({ version: 1, birthDate: '1990-05-01', militaryService: true })
    expect(toDraft({ version: 1, militaryService: 'maybe' }).draft).toEqual({ version: 1, militaryService: 'maybe' })
  })

  it('is a CSV column: its header is recognised, its cells are read by its kind and written back', () => {
    expect(PROFILE_COLUMNS.at(-1)).toBe('militaryService')
    expect(matchHeader('militaryService')).toBe('militaryService')
    expect(matchHeader('Military service (militaryService)')).toBe('militaryService')
    expect(mapHeaders(['姓名', 'militaryService']).unknown).toEqual([])
    expect(rowToRawProfile({ militaryService: '是' }).raw).toEqual({ version: 1, militaryService: true })
    expect(profileToCells({ version: 1, militaryService: false } as never)).toMatchObject({ militaryService: 'false' })
  })

  it('is asked in its wizard step, at its place, and errors at its path lead there', () => {
    const bonuses = STEPS.find((s) => s.id === 'bonuses')!
    expect(bonuses.fields.at(-1)).toEqual({ kind: 'field', field: EXTRA })
    expect(stepOfPath('militaryService')).toBe('bonuses')
  })

  it('is printed in the report with its label and its answer in words', () => {
    expect(profileEntries(t as never, { version: 1, militaryService: true } as never)).toEqual([
      { path: 'militaryService', label: '‹engine.field.militaryService›', value: '‹print.yes›' },
    ])
  })
})
