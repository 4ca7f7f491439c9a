// npm run bench (part 2): N profiles (default 20,000; BENCH_CLI_N) through the CLI in each
// format, as a real process writing to a file; ndjson on one thread (--jobs 1) and on one per
// core (--jobs N: the main thread and N - 1 scoring threads). "After start-up" subtracts a run on
// an empty array. Wall time depends on how busy the machine is; CPU time (user + system, of all
// threads, from /usr/bin/time where it exists, with the peak RSS) much less. Median of
// BENCH_CLI_RUNS (3).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { generateProfiles } from './generate'

const N = Number(process.env.BENCH_CLI_N ?? 20_000)
const RUNS = Number(process.env.BENCH_CLI_RUNS ?? 3)
const TIME = '/usr/bin/time'
const root = resolve(import.meta.dirname, '..')
const dir = mkdtempSync(join(tmpdir(), 'score-bench-'))

interface Measure {
  wall: number
  cpu?: number
  rssMb?: number
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** The CLI run RUNS times, stdout to a file: the median wall and CPU time, the largest peak RSS. */
function run(args: string[], output: string): Measure {
  const cli = [process.execPath, '--import', 'tsx', 'src/cli/score.ts', ...args]
  const timing = join(dir, 'time.txt')
  const runs: Measure[] = []
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now()
    const command = existsSync(TIME) ? [TIME, '-o', timing, '-f', '%U %S %M', ...cli] : cli
    execFileSync('sh', ['-c', `"$@" > "${output}"`, 'sh', ...command], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
    const wall = performance.now() - t0
    const m: Measure = { wall }
    if (existsSync(TIME)) {
      const [user, sys, rssKb] = readFileSync(timing, 'utf8').trim().split(/\s+/).slice(-3).map(Number)
      Object.assign(m, { cpu: (user! + sys!) * 1000, rssMb: rssKb! / 1024 })
    }
    runs.push(m)
  }
  const wall = median(runs.map((m) => m.wall))
  if (runs[0]!.cpu === undefined) return { wall }
  return { wall, cpu: median(runs.map((m) => m.cpu!)), rssMb: Math.max(...runs.map((m) => m.rssMb!)) }
}

try {
  const input = join(dir, 'profiles.json')
  const output = join(dir, 'out')
  // Written in slices, so that the benchmark itself holds no more than 20,000 profiles at once.
  writeFileSync(input, '[')
  for (let done = 0, seed = 7; done < N; done += 20_000, seed++) {
    const slice = generateProfiles(Math.min(20_000, N - done), seed).map((p) => JSON.stringify(p))
    writeFileSync(input, (done ? ',\n' : '') + slice.join(',\n'), { flag: 'a' })
  }
  writeFileSync(input, ']\n', { flag: 'a' })
  const empty = join(dir, 'empty.json')
  writeFileSync(empty, '[]')
  const loadBefore = loadavg()[0]!
  const startup = run([empty], output)
  const perSecond = (ms: number, base: number) => Math.round((N / (ms - base)) * 1000).toLocaleString('en-US')
  const rate = (ms: number | undefined, base: number | undefined) => (ms === undefined || base === undefined ? '–' : `${perSecond(ms, base)} /s`)
  const cores = availableParallelism()
  const ndjson = new Map<string, Measure>()
  const rows: Record<string, string>[] = [
    {
      run: 'start-up only (empty array)',
      'wall ms': startup.wall.toFixed(0),
      'cpu ms': startup.cpu?.toFixed(0) ?? '–',
      'peak RSS': startup.rssMb === undefined ? '–' : `${startup.rssMb.toFixed(0)} MB`,
    },
  ]
  const pool = cores > 1 ? [['--format', 'ndjson', '--jobs', String(cores)]] : []
  for (const args of [['--format', 'json'], ['--format', 'ndjson', '--jobs', '1'], ...pool, ['--format', 'ndjson', '--compact'], ['--format', 'csv']]) {
    const m = run([...args, input], output)
    if (args[1] === 'ndjson' && args[2] === '--jobs') ndjson.set(args[3]!, m)
    rows.push({
      run: args.join(' '),
      'wall ms': m.wall.toFixed(0),
      'after start-up (wall)': rate(m.wall, startup.wall),
      'cpu ms': m.cpu?.toFixed(0) ?? '–',
      'after start-up (cpu)': rate(m.cpu, startup.cpu),
      'peak RSS': m.rssMb === undefined ? '–' : `${m.rssMb.toFixed(0)} MB`,
      out: `${(statSync(output).size / 1e6).toFixed(1)} MB`,
    })
  }
  console.log(
    `cli: ${N.toLocaleString('en-US')} profiles (${(statSync(input).size / 1e6).toFixed(1)} MB in), median of ${RUNS}, ` +
      `load average ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)} on ${cores} cores (node ${process.version})`,
  )
  console.table(rows)
  // The figure issue #15 sets a goal for (≥ 20,000 /s): full assessments, one per line.
  for (const [jobs, m] of ndjson)
    console.log(
      `ndjson, ${jobs === '1' ? 'one thread' : `${jobs} threads`} (--jobs ${jobs}): ${perSecond(m.wall, startup.wall)} profiles/s after start-up (wall)` +
        (m.cpu === undefined ? '' : `, ${perSecond(m.cpu, startup.cpu!)} /s in CPU time`),
    )
} finally {
  rmSync(dir, { recursive: true, force: true })
}
