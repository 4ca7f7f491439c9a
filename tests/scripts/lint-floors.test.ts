// The import-floor lint rule (scripts/lint-floors.mjs): it reports imports that go up the floors
// or sideways between units of one floor. `npm run lint` runs it over src/ with no exceptions.
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import plugin from '../../scripts/lint-floors.mjs'

const ROOT = resolve(import.meta.dirname, '../..')

/** Runs the rule on one file's import specifiers; returns the reports' message ids. */
function lint(file: string, specifiers: string[]): string[] {
  const reports: string[] = []
  const context = {
    cwd: ROOT,
    filename: resolve(ROOT, file),
    options: [],
    report: (r: { messageId: string }) => reports.push(r.messageId),
  }
  const visitors = plugin.rules['import-floor']!.create(context) as Record<string, (node: unknown) => void>
  for (const value of specifiers) visitors.ImportDeclaration?.({ source: { value } })
  return reports
}

describe('import floors', () => {
  it('lets each floor import its own unit and every floor below', () => {
    expect(lint('src/engine/assess.ts', ['./types', './data/rulesets'])).toEqual([])
    expect(lint('src/lib/csv-profile.ts', ['../engine/schema'])).toEqual([])
    expect(lint('src/state/draft-store.ts', ['../engine/schema', '../lib/storage'])).toEqual([])
    expect(lint('src/features/road/RoadPanel.tsx', ['./road-store', '../../engine/project', '../../state/draft-store', '../../i18n/i18n'])).toEqual([])
    expect(lint('src/app/App.tsx', ['../features/batch/BatchPage', '../components/wizard/StepView'])).toEqual([])
    expect(lint('src/features/embed/EmbedWidget.tsx', ['../../components/wizard/StepList'])).toEqual([])
    expect(lint('src/main.tsx', ['./app/App'])).toEqual([])
  })

  it('reports an import up the floors: the engine importing lib, lib importing state', () => {
    expect(lint('src/engine/data/rulesets.ts', ['../../lib/today'])).toEqual(['up'])
    expect(lint('src/lib/storage.ts', ['../state/draft-store'])).toEqual(['up'])
    expect(lint('src/state/derive.ts', ['../components/result/explain'])).toEqual(['up'])
    expect(lint('src/components/wizard/StepView.tsx', ['../../app/ResultView'])).toEqual(['up'])
  })

  it('reports a sideways import between two features or between state and i18n', () => {
    expect(lint('src/features/batch/x.ts', ['../road/Scenarios'])).toEqual(['sideways'])
    expect(lint('src/state/x.ts', ['../i18n/i18n'])).toEqual(['sideways'])
  })

  it('ignores packages and files outside src/', () => {
    expect(lint('src/engine/schema.ts', ['zod/mini'])).toEqual([])
    expect(lint('tests/engine/x.test.ts', ['../../src/components/result/explain'])).toEqual([])
  })
})
