// npm run bench (part 1): in-process engine throughput over generated profiles, on one core,
// and the CLI's two ways of serialising an assessment.
import { assess } from '../src/engine/assess'
import { parseProfile } from '../src/engine/schema'
import { JsonWriter } from '../src/cli/json-bytes'
import { OutputBuffer } from '../src/cli/out-buffer'
import { generateProfiles } from './generate'

const N = Number(process.env.BENCH_N ?? 100_000)
const profiles = generateProfiles(N)
const periods = profiles.reduce((s, p) => s + (p.socialInsurance?.length ?? 0), 0)
const raw = profiles.map((p) => JSON.stringify(p))

// Serialising only, into the CLI's output buffer (src/cli/out-buffer.ts), bytes counted.
const assessments = profiles.map((p) => assess(p, p.asOf!))
let bytesOut = 0
const out = new OutputBuffer({ write: (chunk) => void (bytesOut += chunk.length) })
const writer = new JsonWriter(out)
const flushed = () => {
  void out.flush() // the sink never waits: all is passed on now
  return bytesOut
}

/** Best of 3 runs after a warm-up, in CPU time of this process (robust when other work shares the machine). */
function measure(label: string, fn: () => number) {
  fn() // warm-up pass (JIT)
  let best = Infinity
  let bestWall = Infinity
  let check = 0
  for (let r = 0; r < 3; r++) {
    const wall0 = performance.now()
    const cpu0 = process.cpuUsage()
    check += fn()
    const cpu = process.cpuUsage(cpu0)
    best = Math.min(best, (cpu.user + cpu.system) / 1000)
    bestWall = Math.min(bestWall, performance.now() - wall0)
  }
  if (!Number.isFinite(check)) throw new Error('bad checksum')
  const rate = (ms: number) => `${Math.round((N / ms) * 1000).toLocaleString('en-US')} /s`
  return { step: label, 'cpu ms': best.toFixed(0), 'profiles/s (cpu)': rate(best), 'wall ms': bestWall.toFixed(0), 'profiles/s (wall)': rate(bestWall) }
}

const rows = [
  measure('assess (parsed profiles)', () => {
    let sum = 0
    for (const p of profiles) sum += assess(p, p.asOf!).total
    return sum
  }),
  measure('parseProfile + assess', () => {
    let sum = 0
    for (const p of profiles) {
      const r = parseProfile(p, '2026-11-27')
      if (r.success) sum += assess(r.profile, r.profile.asOf!).total
    }
    return sum
  }),
  measure('JSON.stringify + UTF-8 (assessments made)', () => {
    for (const a of assessments) {
      out.text(JSON.stringify(a))
      void out.endSlot()
    }
    return flushed()
  }),
  measure('CLI JSON writer (json-bytes.ts, same bytes)', () => {
    for (const a of assessments) {
      writer.write(a)
      void out.endSlot()
    }
    return flushed()
  }),
  measure('JSON.parse + parse + assess + stringify', () => {
    let bytes = 0
    for (const s of raw) {
      const r = parseProfile(JSON.parse(s), '2026-11-27')
      if (r.success) bytes += JSON.stringify(assess(r.profile, r.profile.asOf!)).length
    }
    return bytes
  }),
]

console.log(`engine: ${N.toLocaleString('en-US')} profiles, ${(periods / N).toFixed(1)} SI periods each on average (node ${process.version})`)
console.table(rows)
