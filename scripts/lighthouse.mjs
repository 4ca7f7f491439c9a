// Lighthouse (mobile, simulated throttling) on the built app, three runs: prints the median FCP, LCP,
// TBT, CLS and the median of each of the four category scores, with the machine's load average, and
// fails below the targets. usage: node scripts/lighthouse.mjs [distDir] — needs /usr/bin/chromium.
import { spawn, execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
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

/**
 * Simulated throttling scales the main-thread work it observes, so a busy machine scores worse:
 * wait (at most LH_QUIET_WAIT seconds, default 60) until the 1-minute load average is below 3/4
 * of the cores, as it is soon after the browser tests before us have finished.
 */
async function waitForQuiet() {
  const limit = Number(process.env.LH_QUIET_WAIT ?? 60) * 1000
  const quiet = cpus().length * 0.75
  const start = Date.now()
  while (loadavg()[0] > quiet && Date.now() - start < limit) await new Promise((r) => setTimeout(r, 2000))
  console.log(`waited ${Math.round((Date.now() - start) / 1000)} s for a quiet machine (1-min load ${loadavg()[0].toFixed(2)}, target ≤ ${quiet})`)
}

await waitForServer()
await waitForQuiet()
// Simulated performance varies with machine load: the median of three runs, as Lighthouse advises.
const runs = [run(), run(), run()]
const median = (values) => [...values].sort((a, b) => a - b)[1]
const scores = Object.fromEntries(Object.keys(TARGETS).map((k) => [k, median(runs.map((r) => r.scores[k]))]))
const metric = (k) => median(runs.map((r) => r.metrics?.[k] ?? Number.NaN))
const failures = [...new Set(runs.flatMap((r) => r.failures))]
console.log(`load average (1, 5, 15 min): ${loadavg().map((l) => l.toFixed(2)).join(', ')} on a ${cpus().length}-core machine`)
console.log(`performance of each run: ${runs.map((r) => r.scores.performance).join(', ')}`)
console.log(`Lighthouse (mobile, median of 3): ${Object.entries(scores).map(([k, v]) => `${k} ${v}`).join(', ')}`)
console.log(`  FCP ${Math.round(metric('firstContentfulPaint'))} ms, LCP ${Math.round(metric('largestContentfulPaint'))} ms, TBT ${Math.round(metric('totalBlockingTime'))} ms, CLS ${metric('cumulativeLayoutShift').toFixed(3)}`)
if (failures.length) console.log(`  failing audits: ${failures.join(', ')}`)
// LH_PERF=warn reports performance without failing (for a machine too busy to measure it).
const warnOnly = new Set(process.env.LH_PERF === 'warn' ? ['performance'] : [])
const below = Object.entries(TARGETS).filter(([k, min]) => scores[k] < min)
for (const [k, min] of below) console.log(`${warnOnly.has(k) ? 'WARN' : 'FAIL'} ${k} ${scores[k]} < ${min}`)
stop()
process.exit(below.some(([k]) => !warnOnly.has(k)) ? 1 : 0)
