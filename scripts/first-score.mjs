// The chunks the browser needs before the first score, from Vite's manifest (dist/.vite/manifest.json):
// the entry (src/boot.ts), the app it imports after the first paint (src/main.tsx) and the engine
// that the app awaits before its first render (src/state/derive.ts), each with its static imports.
// Shared by scripts/size-budget.mjs and scripts/bundle-report.mjs.

/** Dynamic imports that the first score waits for (also preloaded by scripts/prerender-plugin.mjs). */
export const FIRST_SCORE = ['src/main.tsx', 'src/state/derive.ts']

/**
 * @param {Record<string, { file: string; isEntry?: boolean; imports?: string[]; css?: string[] }>} manifest
 * @returns {{ js: Set<string>; css: Set<string> }}
 */
export function firstScoreChunks(manifest) {
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry && k.endsWith('index.html'))
  const missing = FIRST_SCORE.filter((k) => !manifest[k])
  if (!entryKey || missing.length) throw new Error(`manifest: no index.html entry or no chunk for ${missing.join(', ')}`)
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
  FIRST_SCORE.forEach(follow)
  return { js, css }
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
      const roots = FIRST_SCORE.map(find)
      // The two roots stay chunks of their own (tiny: they import this one), so that the manifest
      // still names them (scripts/size-budget.mjs, scripts/prerender-plugin.mjs).
      for (const id of reach(roots, new Set())) if (!initial.has(id) && !roots.includes(id)) modules.add(id)
    },
  }
  // Only these modules: their imports from the entry's chunk stay there (the entry must not wait
  // for this chunk).
  const test = (id) => modules.has(id)
  return { plugin, group: { name, test, includeDependenciesRecursively: false } }
}
