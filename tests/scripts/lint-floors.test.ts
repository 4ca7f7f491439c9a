// The import-floor lint rule (scripts/lint-floors.mjs) and its allow-list in .oxlintrc.json: the
// rule reports imports that go up or sideways, and every allow-listed pair is a real import of
// today, named in docs/architecture.md (so the list can only shrink).
import { readFileSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import plugin from '../../scripts/lint-floors.mjs'

const ROOT = resolve(import.meta.dirname, '../..')
type Allow = { from: string; to: string }

/** Runs the rule on one file's import specifiers; returns the reports' message ids. */
function lint(file: string, specifiers: string[], allow: Allow[] = []): string[] {
  const reports: string[] = []
  const context = {
    cwd: ROOT,
    filename: resolve(ROOT, file),
    options: [{ allow }],
    report: (r: { messageId: string }) => reports.push(r.messageId),
  }
  const visitors = plugin.rules['import-floor']!.create(context) as Record<string, (node: unknown) => void>
  for (const value of specifiers) visitors.ImportDeclaration?.({ source: { value } })
  return reports
}

const config = () =>
  JSON.parse(
    readFileSync(resolve(ROOT, '.oxlintrc.json'), 'utf8')
      .split('\n')
      .filter((line) => !line.trim().startsWith('//'))
      .join('\n'),
  ) as { rules: Record<string, [string, { allow: Allow[] }]> }

describe('import floors', () => {
  it('lets each floor import its own unit and every floor below', () => {
    expect(lint('src/engine/assess.ts', ['./types', './data/rulesets'])).toEqual([])
    expect(lint('src/lib/csv-profile.ts', ['../engine/schema'])).toEqual([])
    expect(lint('src/state/draft-store.ts', ['../engine/schema', '../lib/storage'])).toEqual([])
    expect(lint('src/features/road/RoadPanel.tsx', ['./road-store', '../../engine/project', '../../state/draft-store', '../../i18n/i18n'])).toEqual([])
    expect(lint('src/app/App.tsx', ['../features/wizard/Calculator'])).toEqual([])
    expect(lint('src/main.tsx', ['./app/App'])).toEqual([])
  })

  it('reports an import up the floors: the engine importing lib, lib importing state', () => {
    expect(lint('src/engine/data/rulesets.ts', ['../../lib/today'])).toEqual(['up'])
    expect(lint('src/lib/storage.ts', ['../state/draft-store'])).toEqual(['up'])
    expect(lint('src/state/derive.ts', ['../features/wizard/explain'])).toEqual(['up'])
  })

  it('reports a sideways import between two features or between state and i18n', () => {
    expect(lint('src/features/batch/x.ts', ['../road/format'])).toEqual(['sideways'])
    expect(lint('src/state/x.ts', ['../i18n/i18n'])).toEqual(['sideways'])
  })

  it('lets an allow-listed pair of files through, and only that pair', () => {
    const allow = [{ from: 'src/features/road/format.ts', to: 'src/features/wizard/explain' }]
    expect(lint('src/features/road/format.ts', ['../wizard/explain'], allow)).toEqual([])
    expect(lint('src/features/road/format.ts', ['../wizard/fields'], allow)).toEqual(['sideways'])
    expect(lint('src/features/road/calendar.ts', ['../wizard/explain'], allow)).toEqual(['sideways'])
  })

  it('ignores packages and files outside src/', () => {
    expect(lint('src/engine/schema.ts', ['zod/mini'])).toEqual([])
    expect(lint('tests/engine/x.test.ts', ['../../src/features/wizard/explain'])).toEqual([])
  })
})

describe('the allow-list', () => {
  const allow = config().rules['floors/import-floor']![1].allow

  it('names only imports that exist today (a fixed debt leaves the list)', () => {
    for (const { from, to } of allow) {
      const source = readFileSync(resolve(ROOT, from), 'utf8')
      const targets = [...source.matchAll(/(?:from\s+|import\s*\(\s*)['"](\.[^'"]+)['"]/g)].map((m) =>
        relative(ROOT, resolve(ROOT, dirname(from), m[1]!)).replace(/\.(tsx?|mjs|js)$/, ''),
      )
      expect(targets, `${from} imports ${to}`).toContain(to)
    }
  })

  it('is listed in docs/architecture.md, pair by pair', () => {
    const doc = readFileSync(resolve(ROOT, 'docs/architecture.md'), 'utf8')
    for (const { from, to } of allow) expect(doc, `${from} → ${to}`).toContain(`${from.replace('src/features/', '')} → ${to.replace('src/features/', '')}`)
  })
})
