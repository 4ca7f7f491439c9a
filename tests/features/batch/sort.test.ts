// The results table's order: only valid rows, filtered by status, sorted by a column with ties
// broken by line number; a new column's first click sorts the useful way.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseBatchText, scoreRows } from '../../../src/features/batch/batch-core'
import { nextSort, viewOf } from '../../../src/features/batch/batch-sort'

const TODAY = '2026-11-27'
const fixture = readFileSync(new URL('../../../e2e/fixtures/batch-mixed.csv', import.meta.url), 'utf8')
const rows = scoreRows(parseBatchText(fixture, 'batch-mixed.csv', TODAY, {}), TODAY)
const lines = (indices: number[]) => indices.map((i) => rows[i]!.line)
const none = rows.map(() => undefined)

describe('batch results view', () => {
  it('lists the valid rows only, in line order by default', () => {
    const valid = rows.filter((r) => r.status === 'valid').map((r) => r.line)
    expect(lines(viewOf(rows, none, 'all', { key: 'line', dir: 'asc' }))).toEqual(valid)
  })

  it('filters by status: 2 meet, 1 vetoed, 2 incomplete in the fixture', () => {
    expect(viewOf(rows, none, 'meets', { key: 'line', dir: 'asc' })).toHaveLength(2)
    expect(viewOf(rows, none, 'vetoed', { key: 'line', dir: 'asc' })).toHaveLength(1)
    expect(viewOf(rows, none, 'incomplete', { key: 'line', dir: 'asc' })).toHaveLength(2)
    expect(viewOf(rows, none, 'below', { key: 'line', dir: 'asc' })).toEqual([])
  })

  it('sorts by total, highest first when descending, equal totals by line', () => {
    const view = viewOf(rows, none, 'all', { key: 'total', dir: 'desc' })
    const totals = view.map((i) => (rows[i]!.status === 'valid' ? rows[i]!.score.total : NaN))
    expect(totals).toEqual([...totals].sort((a, b) => b - a))
    for (let k = 1; k < view.length; k++) if (totals[k] === totals[k - 1]) expect(rows[view[k]!]!.line).toBeGreaterThan(rows[view[k - 1]!]!.line)
  })

  it('puts rows without a projected date (not reached, or not yet computed) last', () => {
    const valid = viewOf(rows, none, 'all', { key: 'line', dir: 'asc' })
    const projected = rows.map(() => null as string | null | undefined)
    projected[valid[1]!] = '2028-01-01'
    projected[valid[2]!] = '2027-06-01'
    expect(viewOf(rows, projected, 'all', { key: 'projected', dir: 'asc' }).slice(0, 2)).toEqual([valid[2], valid[1]])
  })

  it('a new column sorts points descending and names or dates ascending; a second click reverses', () => {
    const start = { key: 'line', dir: 'asc' } as const
    expect(nextSort(start, 'total')).toEqual({ key: 'total', dir: 'desc' })
    expect(nextSort(start, 'candidate')).toEqual({ key: 'candidate', dir: 'asc' })
    expect(nextSort({ key: 'total', dir: 'desc' }, 'total')).toEqual({ key: 'total', dir: 'asc' })
  })
})
