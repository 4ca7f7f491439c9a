// Build plugin for the first screen (docs/decisions.md, "First paint"):
// - renders the app's first screen at build time (src/app/prerender.tsx, built for Node) into
//   index.html's #root, stamped with what it was rendered from, for the client to hydrate;
// - preloads the app (src/main.tsx, imported by the entry src/boot.ts after the first paint), the
//   engine (src/state/derive.ts) and React's DOM renderer (imported by the app) with what they
//   import, so the score needs no second round trip (all three are in one chunk today);
// - moves the prerendered style attributes to the entry's stylesheet (CSP, see extractStyles);
// - writes version.json (rules and wage data of this build) for the "new version" notice.
// Plain JavaScript, so that Vite loads the config without compiling local TypeScript.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'vite'
import react from '@vitejs/plugin-react'

/** Dynamic imports that the first score waits for. */
const FIRST_SCORE = ['/src/main.tsx', '/src/state/derive.ts', '/node_modules/react-dom/client.js']

/**
 * The chunks a dynamic import of `facade` loads: its chunk and, recursively, its static imports.
 * @param {import('vite').Rollup.OutputBundle} bundle
 * @param {string} facade
 */
function chunksOf(bundle, facade) {
  const chunks = /** @type {import('vite').Rollup.OutputChunk[]} */ (Object.values(bundle).filter((c) => c.type === 'chunk'))
  // A module merged into a chunk of several (vite.config.ts, codeSplitting) is no chunk's facade.
  const start = chunks.find((c) => c.facadeModuleId?.endsWith(facade)) ?? chunks.find((c) => c.moduleIds.some((id) => id.endsWith(facade)))
  if (!start) throw new Error(`prerender: no chunk for ${facade}`)
  const seen = new Set()
  /** @param {string} file */
  const visit = (file) => {
    if (seen.has(file)) return
    seen.add(file)
    for (const dep of chunks.find((c) => c.fileName === file)?.imports ?? []) visit(dep)
  }
  visit(start.fileName)
  return [...seen]
}

/** A localStorage for Node: empty, as in a first visit. @returns {Storage} */
function memoryStorage() {
  const map = new Map()
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

/**
 * @param {string} root
 * @returns {Promise<{ html: string; stamp: unknown; data: unknown }>}
 */
async function renderFirstScreen(root) {
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
      build: { ssr: join(root, 'src/app/prerender.tsx'), outDir, emptyOutDir: true, rollupOptions: { output: { entryFileNames: 'prerender.mjs' } } },
    })
    globalThis.location = /** @type {any} */ (new URL('http://localhost/'))
    globalThis.localStorage = memoryStorage()
    const mod = await import(pathToFileURL(join(outDir, 'prerender.mjs')).href)
    return await mod.render()
  } finally {
    rmSync(outDir, { recursive: true, force: true })
  }
}

/** @param {string} s */
const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;')
/** @param {string} s */
const unescapeAttr = (s) => s.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')

/**
 * A CSP without 'unsafe-inline' (docs/deploying.md) blocks style attributes in HTML. Each one
 * becomes data-prerender-style (same value) with a rule in the entry's stylesheet; the app puts it
 * back through the CSSOM before hydrating (src/main.tsx).
 * @param {string} html
 * @returns {{ html: string; css: string }}
 */
export function extractStyles(html) {
  const rules = new Map()
  const out = html.replace(/ style="([^"]*)"/g, (_, value) => {
    const declarations = unescapeAttr(value)
    rules.set(declarations, `[data-prerender-style="${declarations.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"]{${declarations}}`)
    return ` data-prerender-style="${value}"`
  })
  return { html: out, css: [...rules.values()].join('\n') }
}

/** @returns {import('vite').Plugin} */
export function prerenderPlugin() {
  let root = process.cwd()
  let base = '/'
  /** @type {unknown} */
  let data = null
  return {
    name: 'sh-points:prerender',
    apply: (config, env) => env.command === 'build' && !config.build?.ssr,
    configResolved(config) {
      root = config.root
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        const bundle = ctx.bundle
        if (!bundle) return html
        const rendered = await renderFirstScreen(root)
        data = rendered.data
        const entry = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry)
        const already = new Set(entry?.type === 'chunk' ? [entry.fileName, ...entry.imports] : [])
        const preloads = [...new Set(FIRST_SCORE.flatMap((f) => chunksOf(bundle, f)))]
          .filter((f) => !already.has(f))
          // Low priority: fetched at once, in parallel, but after the HTML and CSS that paint the
          // prerendered screen (and so not counted as render-blocking by Lighthouse either).
          .map((f) => `<link rel="modulepreload" crossorigin fetchpriority="low" href="${base}${f}">`)
          .join('\n    ')
        const { html: app, css: inline } = extractStyles(rendered.html)
        // Where the app will render another screen (src/boot.ts), the markup stays hidden.
        const css = `${inline}\nhtml[data-rerender] #root[data-prerender]{visibility:hidden}\n`
        // Appended to the entry's stylesheet rather than a request of its own before the first paint.
        // Its file name keeps the hash of the rest: these rules only matter until the app hydrates.
        const sheet = Object.values(bundle).find((a) => a.type === 'asset' && entry?.type === 'chunk' && entry.viteMetadata?.importedCss.has(a.fileName))
        if (sheet?.type !== 'asset') throw new Error('prerender: no stylesheet for the entry')
        sheet.source = `${sheet.source}\n${css}`
        const withApp = html.replace('<div id="root"></div>', `<div id="root" data-prerender="${escapeAttr(JSON.stringify(rendered.stamp))}">${app}</div>`)
        if (withApp === html) throw new Error('prerender: <div id="root"></div> not found in index.html')
        return withApp.replace('</head>', `  ${preloads}\n  </head>`)
      },
    },
    writeBundle(options) {
      if (!options.dir) return
      if (data) writeFileSync(join(options.dir, 'version.json'), JSON.stringify(data))
    },
  }
}
