// The chunks the browser needs before the first score: the entry (src/boot.ts), the app it imports
// after the first paint (src/main.tsx) and the engine that the app awaits before its first render
// (src/state/derive.ts), each with its static imports, followed through Vite's manifest
// (dist/.vite/manifest.json). Both are in the first score's one chunk (firstScoreChunk below), which
// is no module's facade, so the build also writes which chunks hold them (dist/.vite/first-score.json).
// Shared by vite.config.ts, scripts/size-budget.mjs and scripts/bundle-report.mjs.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Dynamic imports that the first score waits for (also preloaded by scripts/prerender-plugin.mjs):
 * the app, the engine, and React's DOM renderer, which the app imports once its own chunk has been
 * evaluated (src/main.tsx), so that the two are evaluated in separate tasks.
 */
export const FIRST_SCORE = ['src/main.tsx', 'src/state/derive.ts', 'node_modules/react-dom/client.js']

const ROOTS_FILE = '.vite/first-score.json'

/**
 * @typedef {Record<string, { file: string; isEntry?: boolean; imports?: string[]; css?: string[] }>} Manifest
 * @param {string} dist
 * @returns {{ manifest: Manifest; js: Set<string>; css: Set<string> }}
 */
export function firstScoreChunks(dist) {
  /** @type {Manifest} */
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'))
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry && k.endsWith('index.html'))
  if (!entryKey) throw new Error('manifest: no index.html entry')
  /** @type {Record<string, string>} module → the file of the chunk that holds it */
  const held = existsSync(join(dist, ROOTS_FILE)) ? JSON.parse(readFileSync(join(dist, ROOTS_FILE), 'utf8')) : {}
  const keyOf = (module) => (manifest[module] ? module : Object.keys(manifest).find((k) => manifest[k].file === held[module]))
  const roots = FIRST_SCORE.map(keyOf)
  const missing = FIRST_SCORE.filter((_, i) => !roots[i])
  if (missing.length) throw new Error(`manifest: no chunk for ${missing.join(', ')}`)
  const js = new Set()
  const css = new Set()
  /** @param {string} key */
  const follow = (key) => {
    const chunk = manifest[key]
    if (js.has(chunk.file)) return
    js.add(chunk.file)
    for (const file of chunk.css ?? []) css.add(file)
    for (const dep of chunk.imports ?? []) follow(dep)
  }
  follow(entryKey)
  roots.forEach((key) => follow(/** @type {string} */ (key)))
  return { manifest, js, css }
}

/**
 * One chunk for the first score. The modules that the first score needs (the static imports of
 * src/main.tsx and src/state/derive.ts, less the entry's own) are loaded on every visit, so there
 * is nothing to gain from splitting them by which lazy screen shares which of them, as the
 * automatic chunking does: one chunk compresses better than twenty and costs one request. Lazy
 * chunks import what they share with it from it. The entry keeps its own small chunk (it must run
 * before the first paint, see src/boot.ts).
 * @returns {{ plugin: import('vite').Plugin; group: { name: string; test: (id: string) => boolean } }}
 */
export function firstScoreChunk(name = 'app') {
  /** @type {Set<string>} */
  const modules = new Set()
  /** @type {import('vite').Plugin} */
  const plugin = {
    name: 'sh-points:first-score-chunk',
    apply: 'build',
    buildEnd(error) {
      if (error) return
      modules.clear()
      const ids = [...this.getModuleIds()]
      const find = (suffix) => {
        const id = ids.find((i) => i.endsWith(`/${suffix}`))
        if (!id) throw new Error(`first-score chunk: no module ${suffix}`)
        return id
      }
      /** @param {string[]} roots @param {Set<string>} into */
      const reach = (roots, into) => {
        const stack = [...roots]
        while (stack.length) {
          const id = /** @type {string} */ (stack.pop())
          if (into.has(id)) continue
          into.add(id)
          stack.push(...(this.getModuleInfo(id)?.importedIds ?? []))
        }
        return into
      }
      const entries = ids.filter((id) => this.getModuleInfo(id)?.isEntry)
      const initial = reach(entries, new Set())
      for (const id of reach(FIRST_SCORE.map(find), new Set())) if (!initial.has(id)) modules.add(id)
    },
    generateBundle(_, bundle) {
      /** @type {Record<string, string>} */
      const held = {}
      for (const chunk of Object.values(bundle))
        if (chunk.type === 'chunk') for (const module of FIRST_SCORE) if (chunk.moduleIds.some((id) => id.endsWith(`/${module}`))) held[module] = chunk.fileName
      this.emitFile({ type: 'asset', fileName: ROOTS_FILE, source: `${JSON.stringify(held, null, 2)}\n` })
    },
  }
  // Only these modules: their imports from the entry's chunk stay there (the entry must not wait
  // for this chunk).
  const test = (id) => modules.has(id)
  return { plugin, group: { name, test, includeDependenciesRecursively: false } }
}
