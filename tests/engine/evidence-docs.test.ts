// Every evidence pointer in the engine ('rules §B3, §Q5', 'format §1') names a section that exists
// in docs/rules.md or docs/format.md, so a reader of an assessment finds the evidence in this
// repository. Read as text, so that a new finding or rule is covered without being listed here.
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FINDINGS } from '../../src/engine/data/findings'
import { ITEMS } from '../../src/engine/data/items'
import { DOUBTS, REQUIREMENTS } from '../../src/engine/data/requirements'
import { FINDING_CODES, ITEM_IDS } from '../../src/engine/types'

const ROOT = resolve(import.meta.dirname, '../..')
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8')

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  )
}

/** Section ids of a document: "## 3." → 3, "### 3a." → 3a, "### B1 · … and A2 · …" → B1, A2, "- **Q5." → Q5. */
function sectionIds(markdown: string): Set<string> {
  const ids = new Set<string>()
  for (const line of markdown.split('\n')) {
    const numbered = /^#{2,3} (\d+[a-z]?)\. /.exec(line)
    if (numbered) ids.add(numbered[1]!)
    if (line.startsWith('### ')) for (const m of line.matchAll(/\b([ABDVTE]\d+)\b/g)) ids.add(m[1]!)
    const question = /^- \*\*(Q\d+)\./.exec(line)
    if (question) ids.add(question[1]!)
  }
  return ids
}

const DOCS = { rules: sectionIds(read('docs/rules.md')), format: sectionIds(read('docs/format.md')) }

/** Every evidence string literal in the engine's code and data: 'rules §…' or 'format §…'. */
const evidence = sources(resolve(ROOT, 'src/engine')).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/'((?:rules|format) §[^']*)'/g)].map((m) => m[1]!),
)

/** 'rules §A5, §3, §Q6' → [['rules', 'A5'], ['rules', '3'], ['rules', 'Q6']]; a range A1–A2 names both ends. */
function pointers(text: string): [keyof typeof DOCS, string][] {
  const doc = text.startsWith('format') ? 'format' : 'rules'
  return [...text.matchAll(/§([A-Z]?\d+[a-z]?)(?:–([A-Z]?\d+))?/g)].flatMap((m) => {
    const first = m[1]!
    const last = m[2] ? (/^\d/.test(m[2]) ? first.replace(/\d+$/, m[2]) : m[2]) : null
    return last ? [[doc, first] as const, [doc, last] as const] : [[doc, first] as const]
  })
}

/** The pointers of an evidence string that name no existing section ('rules §Z9' → ['rules §Z9']). */
const unknown = (text: string) => pointers(text).filter(([doc, id]) => !DOCS[doc].has(id)).map(([doc, id]) => `${doc} §${id}`)

describe('evidence pointers', () => {
  it('finds the evidence strings of the engine', () => {
    expect(evidence.length).toBeGreaterThan(60)
  })

  it('each names a section of docs/rules.md or docs/format.md that exists', () => {
    const missing = evidence.flatMap((text) => unknown(text).map((p) => `${text} → ${p}`))
    expect(missing).toEqual([])
  })

  it('rules §2: every item of the catalogue names its own section of docs/rules.md', () => {
    for (const id of ITEM_IDS) {
      expect(pointers(ITEMS[id].evidence).length, id).toBeGreaterThan(0)
      expect(unknown(ITEMS[id].evidence), id).toEqual([])
    }
  })

  it('rules §1 (every finding has a stable code): every finding code has evidence, and it names sections that exist', () => {
    expect(Object.keys(FINDINGS).sort()).toEqual([...FINDING_CODES].sort())
    for (const code of FINDING_CODES) {
      expect(pointers(FINDINGS[code].evidence).length, code).toBeGreaterThan(0)
      expect(unknown(FINDINGS[code].evidence), code).toEqual([])
    }
  })

  it('every requirement and doubt code of the road’s actions has evidence that names sections that exist', () => {
    for (const [code, { evidence }] of [...Object.entries(REQUIREMENTS), ...Object.entries(DOUBTS)]) {
      expect(pointers(evidence).length, code).toBeGreaterThan(0)
      expect(unknown(evidence), code).toEqual([])
    }
  })

  it('docs/rules.md has a section for every rule and every open question it lists', () => {
    for (const id of ['B1', 'B2', 'B3', 'B4', 'A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8', 'A9', 'A10', 'D1', 'D2', 'D3', 'V1', 'V2', 'T0', 'E0'])
      expect(DOCS.rules, id).toContain(id)
    for (let q = 1; q <= 17; q++) expect(DOCS.rules, `Q${q}`).toContain(`Q${q}`)
    for (let s = 1; s <= 11; s++) expect(DOCS.rules, `§${s}`).toContain(String(s))
  })
})
