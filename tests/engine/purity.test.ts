// The engine is pure (docs/architecture.md; issue 2): src/engine imports nothing outside itself
// but 'zod/mini', and reads no clock, DOM, process, network or randomness. Read as text, so that
// any new engine file is covered without being listed here.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ENGINE = resolve(import.meta.dirname, '../../src/engine')

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  )
}

/** The code without comments (comments may say "window" or "new Date()" in prose). */
const code = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')

const FORBIDDEN: [string, RegExp][] = [
  ['window', /(?<![.\w$])window\s*[.[]/],
  ['document', /(?<![.\w$])document\s*[.[]/],
  ['globalThis', /(?<![.\w$])globalThis\b/],
  ['Date.now', /\bDate\.now\b/],
  ['new Date()', /\bnew\s+Date\b/],
  ['process', /(?<![.\w$])process\s*[.[]/],
  ['fetch', /(?<![.\w$])fetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['localStorage', /\b(local|session)Storage\b/],
  ['Math.random', /\bMath\.random\b/],
  ['require', /(?<![.\w$])require\s*\(/],
]

const files = sources(ENGINE)

describe('engine purity', () => {
  it('finds the engine sources', () => {
    expect(files.map((f) => relative(ENGINE, f))).toEqual(expect.arrayContaining(['assess.ts', 'schema.ts', 'data/rulesets.ts']))
  })

  it.each(files.map((f) => ({ file: relative(ENGINE, f), path: f })))('$file imports only src/engine and zod/mini', ({ path }) => {
    const specifiers = [...code(path).matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]!)
    for (const s of specifiers) {
      if (s === 'zod/mini') continue
      expect(s.startsWith('.'), `${s} is a package import`).toBe(true)
      const target = resolve(dirname(path), s)
      expect(target === ENGINE || target.startsWith(`${ENGINE}/`), `${s} leaves src/engine`).toBe(true)
    }
  })

  it.each(files.map((f) => ({ file: relative(ENGINE, f), path: f })))('$file uses no clock, DOM, process, network or randomness', ({ path }) => {
    const text = code(path)
    expect(FORBIDDEN.filter(([, re]) => re.test(text)).map(([name]) => name)).toEqual([])
  })

  it('the checks catch what they must (the detector itself)', () => {
    const bad = ['const t = Date.now()', 'const d = new Date()', 'window.x = 1', 'document.title', 'process.env.X', 'await fetch(u)', "globalThis.y"]
    for (const line of bad) expect(FORBIDDEN.some(([, re]) => re.test(line)), line).toBe(true)
    for (const ok of ['const window = 12', 'cond.window', 'p.top.window', '{ window: n }']) expect(FORBIDDEN.some(([, re]) => re.test(ok)), ok).toBe(false)
  })
})
