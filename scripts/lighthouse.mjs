// Lighthouse (mobile, simulated throttling) on the built app; prints the four category scores and
// fails below the targets. usage: node scripts/lighthouse.mjs [distDir] — needs /usr/bin/chromium.
import { spawn, execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const dist = process.argv[2] ?? 'dist'
const port = Number(process.env.LH_PORT ?? 4571)
const url = `http://127.0.0.1:${port}/`
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 90 }
const FLAGS = '--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync'

const server = spawn('node_modules/.bin/vite', ['preview', '--outDir', dist, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
  detached: true,
  stdio: ['ignore', 'pipe', 'pipe'],
})
server.stdout.resume()
server.stderr.resume()
const stop = () => {
  try { process.kill(-server.pid, 'SIGTERM') } catch { /* already gone */ }
}
process.on('exit', stop)

async function waitForServer() {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(url)).ok) return
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`preview server did not start on ${url}`)
}

function run() {
  const out = join(mkdtempSync(join(tmpdir(), 'lh-')), 'report.json')
  execFileSync('npx', ['lighthouse', url, `--chrome-flags=${FLAGS}`, '--only-categories=performance,accessibility,best-practices,seo',
    '--output=json', `--output-path=${out}`, '--quiet'], { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, stdio: ['ignore', 'ignore', 'inherit'] })
  const report = JSON.parse(readFileSync(out, 'utf8'))
  const scores = Object.fromEntries(Object.keys(TARGETS).map((k) => [k, Math.round(report.categories[k].score * 100)]))
  const failures = Object.entries(report.audits).filter(([, a]) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary').map(([id]) => id)
  return { scores, failures, metrics: report.audits.metrics?.details?.items?.[0] }
}

await waitForServer()
// Simulated performance varies with machine load: the median of three runs, as Lighthouse advises.
const runs = [run(), run(), run()]
const median = (k) => runs.map((r) => r.scores[k]).sort((a, b) => a - b)[1]
const byPerformance = [...runs].sort((a, b) => a.scores.performance - b.scores.performance)
const result = { ...byPerformance[1], scores: Object.fromEntries(Object.keys(TARGETS).map((k) => [k, median(k)])) }
const below = (r) => Object.entries(TARGETS).filter(([k, min]) => r.scores[k] < min)
console.log(`performance of each run: ${runs.map((r) => r.scores.performance).join(', ')}`)
const m = result.metrics ?? {}
console.log(`Lighthouse (mobile): ${Object.entries(result.scores).map(([k, v]) => `${k} ${v}`).join(', ')}`)
console.log(`  FCP ${m.firstContentfulPaint} ms, LCP ${m.largestContentfulPaint} ms, TBT ${m.totalBlockingTime} ms, CLS ${m.cumulativeLayoutShift}`)
if (result.failures.length) console.log(`  failing audits: ${result.failures.join(', ')}`)
// Performance under simulated throttling depends on how busy the machine is, so CI (LH_PERF=warn)
// reports it without failing; accessibility, best practices and SEO are deterministic and gate.
const warnOnly = new Set(process.env.LH_PERF === 'warn' ? ['performance'] : [])
const bad = below(result).filter(([k]) => !warnOnly.has(k))
for (const [k, min] of below(result)) console.log(`${warnOnly.has(k) ? 'WARN' : 'FAIL'} ${k} ${result.scores[k]} < ${min}`)
stop()
process.exit(bad.length ? 1 : 0)
