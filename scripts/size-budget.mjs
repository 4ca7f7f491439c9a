// Size budgets on the production build: the JS and CSS the first screen loads (the entry script
// and its modulepreloads, from dist/index.html), gzip -9. Lazy chunks are listed, not budgeted.
// usage: node scripts/size-budget.mjs [distDir]
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync, constants } from 'node:zlib'

const dist = process.argv[2] ?? 'dist'
const BUDGET = { js: 90_000, css: 12_000, embed: 2_000 }

const gz = (file) => gzipSync(readFileSync(file), { level: constants.Z_BEST_COMPRESSION }).length
const html = readFileSync(join(dist, 'index.html'), 'utf8')
const refs = (re) => [...html.matchAll(re)].map((m) => m[1].replace(/^\.?\//, ''))
const initialJs = new Set([
  ...refs(/<script[^>]+src="([^"]+\.js)"/g),
  ...refs(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
])
const initialCss = new Set(refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+\.css)"/g))

const rows = []
let js = 0
let css = 0
for (const file of readdirSync(join(dist, 'assets')).sort()) {
  const rel = `assets/${file}`
  const size = gz(join(dist, rel))
  const initial = initialJs.has(rel) || initialCss.has(rel)
  if (initialJs.has(rel)) js += size
  if (initialCss.has(rel)) css += size
  rows.push({ file: rel, 'gzip bytes': size, loaded: initial ? 'initial' : 'lazy' })
}
console.table(rows)
const checks = [
  ['initial JS (gzip)', js, BUDGET.js],
  ['initial CSS (gzip)', css, BUDGET.css],
]
if (existsSync(join(dist, 'embed.js'))) checks.push(['embed.js loader (gzip)', gz(join(dist, 'embed.js')), BUDGET.embed])
let failed = false
for (const [name, size, limit] of checks) {
  const ok = size <= limit
  failed ||= !ok
  console.log(`${ok ? 'ok  ' : 'OVER'} ${name}: ${size} B of ${limit} B`)
}
process.exit(failed ? 1 : 0)
