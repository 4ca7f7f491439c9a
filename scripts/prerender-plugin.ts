// Build plugin for the first screen (docs/decisions.md, "First paint"):
// - renders the app's first screen at build time (src/pwa/prerender.tsx, built for Node) into
//   index.html's #root, stamped with what it was rendered from, for the client to hydrate;
// - preloads the app (src/main.tsx, imported by the entry src/boot.ts after the first paint) and the
//   engine (src/state/derive.ts) with what they import, so the score needs no second round trip;
// - writes version.json (rules and wage data of this build) for the "new version" notice.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build, type Plugin, type Rollup } from 'vite'
import react from '@vitejs/plugin-react'
import { BUILD_DATA_VERSION } from './data-version'

/** Dynamic imports that the first score waits for. */
export const FIRST_SCORE = ['/src/main.tsx', '/src/state/derive.ts']

/** The chunks a dynamic import of `facade` loads: its chunk and, recursively, its static imports. */
export function chunksOf(bundle: Rollup.OutputBundle, facade: string): string[] {
  const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk')
  const start = chunks.find((c) => c.facadeModuleId?.endsWith(facade))
  if (!start) throw new Error(`prerender: no chunk for ${facade}`)
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    for (const dep of chunks.find((c) => c.fileName === file)?.imports ?? []) visit(dep)
  }
  visit(start.fileName)
  return [...seen]
}

/** A localStorage for Node: empty, as in a first visit. */
function memoryStorage(): Storage {
  const map = new Map<string, string>()
  return {
    get length() {
      return map.size
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
  }
}

async function renderFirstScreen(root: string): Promise<{ html: string; stamp: unknown }> {
  // Inside the project, so that the Node build finds react and the rest in node_modules.
  const cache = join(root, 'node_modules/.cache')
  mkdirSync(cache, { recursive: true })
  const outDir = mkdtempSync(join(cache, 'prerender-'))
  try {
    await build({
      root,
      configFile: false,
      logLevel: 'warn',
      plugins: [react()],
      define: { __DATA_VERSION__: JSON.stringify(BUILD_DATA_VERSION) },
      build: { ssr: join(root, 'src/pwa/prerender.tsx'), outDir, emptyOutDir: true, rollupOptions: { output: { entryFileNames: 'prerender.mjs' } } },
    })
    const g = globalThis as Record<string, unknown>
    g.location = new URL('http://localhost/')
    g.localStorage = memoryStorage()
    const mod = (await import(pathToFileURL(join(outDir, 'prerender.mjs')).href)) as typeof import('../src/pwa/prerender')
    return await mod.render()
  } finally {
    rmSync(outDir, { recursive: true, force: true })
  }
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;')

export function prerenderPlugin(): Plugin {
  let root = process.cwd()
  let base = '/'
  return {
    name: 'sh-points:prerender',
    apply: (config, env) => env.command === 'build' && !config.build?.ssr,
    configResolved(config) {
      root = config.root
      base = config.base
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'version.json', source: JSON.stringify(BUILD_DATA_VERSION) })
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        if (!ctx.bundle) return html
        const { html: app, stamp } = await renderFirstScreen(root)
        const entry = Object.values(ctx.bundle).find((c): c is Rollup.OutputChunk => c.type === 'chunk' && c.isEntry)
        const already = new Set([entry?.fileName, ...(entry?.imports ?? [])])
        const bundle = ctx.bundle
        const preloads = [...new Set(FIRST_SCORE.flatMap((f) => chunksOf(bundle, f)))]
          .filter((f) => !already.has(f))
          // Low priority: fetched at once, in parallel, but after the HTML and CSS that paint the
          // prerendered screen (and so not counted as render-blocking by Lighthouse either).
          .map((f) => `<link rel="modulepreload" crossorigin fetchpriority="low" href="${base}${f}">`)
          .join('\n    ')
        const withApp = html.replace('<div id="root"></div>', `<div id="root" data-prerender="${escapeAttr(JSON.stringify(stamp))}">${app}</div>`)
        if (withApp === html) throw new Error('prerender: <div id="root"></div> not found in index.html')
        return withApp.replace('</head>', `  ${preloads}\n  </head>`)
      },
    },
  }
}
