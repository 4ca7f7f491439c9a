// What the first score's chunks are made of: builds with source maps into a scratch directory,
// follows the same import graph as scripts/size-budget.mjs, and attributes each chunk's gzip -9
// bytes to the source modules it holds. A module's share is its marginal cost: the growth of the
// chunk's compressed size when its code is appended (so text that repeats earlier text is cheap,
// as it is for the browser). usage: node scripts/bundle-report.mjs [--all] [--top N] [--no-build] [dir]
//   --all      every chunk, not only the first score's
//   --top N    the N largest modules per chunk (default 12; 0 for all)
//   --no-build report on an existing build in dir (built with --sourcemap)
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { execFileSync } from 'node:child_process'
import { deflateRawSync, constants } from 'node:zlib'
import { firstScoreChunks } from './first-score.mjs'

const args = process.argv.slice(2)
const flag = (name) => args.includes(name)
const topIndex = args.indexOf('--top')
const top = topIndex >= 0 ? Number(args[topIndex + 1]) : 12
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--top') ?? 'node_modules/.cache/bundle-report'
const root = process.cwd()

if (!flag('--no-build')) {
  rmSync(dir, { recursive: true, force: true })
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--sourcemap', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit' })
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
/** Decode a source map's mappings to [line][] of { col, source } (source -1: unmapped). */
function decodeMappings(mappings) {
  const lines = []
  let source = 0
  for (const line of mappings.split(';')) {
    const segments = []
    let col = 0
    for (const seg of line ? line.split(',') : []) {
      const values = []
      let value = 0
      let shift = 0
      for (const ch of seg) {
        const digit = BASE64.indexOf(ch)
        value += (digit & 31) << shift
        if (digit & 32) shift += 5
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1)
          value = 0
          shift = 0
        }
      }
      col += values[0]
      if (values.length > 1) source += values[1]
      segments.push({ col, source: values.length > 1 ? source : -1 })
    }
    lines.push(segments)
  }
  return lines
}

/** Contiguous runs of generated code, each with the source module it came from. */
function runs(code, map) {
  const lines = decodeMappings(map.mappings)
  const out = []
  let current = null
  const push = (text, source) => {
    if (!text) return
    const name = source >= 0 ? map.sources[source] : '(unmapped)'
    if (current?.name === name) current.text += text
    else out.push((current = { name, text }))
  }
  // An unmapped stretch (punctuation between statements) goes to the module before it.
  let last = -1
  code.split('\n').forEach((line, i) => {
    const segs = lines[i] ?? []
    if (!segs.length || segs[0].col > 0) push(line.slice(0, segs[0]?.col ?? line.length), last)
    segs.forEach((s, j) => {
      if (s.source >= 0) last = s.source
      push(line.slice(s.col, segs[j + 1]?.col ?? line.length), s.source >= 0 ? s.source : last)
    })
    push('\n', last)
  })
  return out
}

const deflated = (text) => deflateRawSync(text, { level: constants.Z_BEST_COMPRESSION }).length

/** Per-module marginal gzip bytes of a chunk; the sum is the chunk's deflate size. */
function attribute(code, map) {
  const totals = new Map()
  let prefix = ''
  let before = 0
  for (const run of runs(code, map)) {
    prefix += run.text
    const after = deflated(prefix)
    const entry = totals.get(run.name) ?? { raw: 0, gzip: 0 }
    entry.raw += run.text.length
    entry.gzip += after - before
    totals.set(run.name, entry)
    before = after
  }
  return totals
}

const pretty = (source, chunkDir) => {
  const abs = resolve(chunkDir, source)
  const rel = relative(root, abs)
  // A virtual module (a plugin's) resolves outside the project: named as the plugin calls it.
  if (rel.startsWith('..')) return source.replace(/^(?:\.\.\/)+/, '')
  return rel.replace(/^node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/, 'npm:')
}

const { manifest, js: firstScore } = firstScoreChunks(dir)
const files = flag('--all') ? Object.values(manifest).filter((c) => c.file.endsWith('.js')).map((c) => c.file) : [...firstScore]

let grand = 0
const byModule = new Map()
for (const file of [...new Set(files)].sort()) {
  const path = join(dir, file)
  const code = readFileSync(path, 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n')
  const mapPath = `${path}.map`
  const gzip = deflated(code) + 18 // gzip header and trailer
  grand += gzip
  console.log(`\n${file}  ${gzip} B gzip, ${code.length} B${firstScore.has(file) ? '  (first score)' : ''}`)
  if (!existsSync(mapPath)) continue
  const map = JSON.parse(readFileSync(mapPath, 'utf8'))
  const chunkDir = join(dir, file, '..')
  const rows = [...attribute(code, map)].map(([name, v]) => ({ module: name === '(unmapped)' ? name : pretty(name, chunkDir), ...v }))
  rows.sort((a, b) => b.gzip - a.gzip)
  for (const r of rows) {
    const m = byModule.get(r.module) ?? { raw: 0, gzip: 0 }
    m.raw += r.raw
    m.gzip += r.gzip
    byModule.set(r.module, m)
  }
  for (const r of top ? rows.slice(0, top) : rows) console.log(`  ${String(r.gzip).padStart(7)}  ${String(r.raw).padStart(8)}  ${r.module}`)
  if (top && rows.length > top) console.log(`  ${String(rows.slice(top).reduce((s, r) => s + r.gzip, 0)).padStart(7)}  … ${rows.length - top} more modules`)
}

// Grouped by package or source folder, across the chunks reported.
const groups = new Map()
for (const [module, v] of byModule) {
  const key = module.startsWith('npm:') ? module.split('/').slice(0, module.startsWith('npm:@') ? 2 : 1).join('/') : module.split('/').slice(0, 2).join('/')
  groups.set(key, (groups.get(key) ?? 0) + v.gzip)
}
console.log(`\n${files.length} chunks, ${grand} B gzip (-9). By package or folder:`)
for (const [key, gzip] of [...groups].sort((a, b) => b[1] - a[1])) console.log(`  ${String(gzip).padStart(7)}  ${key}`)
