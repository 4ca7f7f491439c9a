// npm run bench (part 2): N profiles (default 20,000; BENCH_CLI_N) through the CLI in each
// format, as a real process writing to a file. "After start-up" subtracts a run on an empty
// array. Wall time depends on how busy the machine is; CPU time (user + system, from
// /usr/bin/time where it exists, with the peak RSS) much less. Best of BENCH_CLI_RUNS (2).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { generateProfiles } from './generate'

const N = Number(process.env.BENCH_CLI_N ?? 20_000)
const RUNS = Number(process.env.BENCH_CLI_RUNS ?? 2)
const TIME = '/usr/bin/time'
const root = resolve(import.meta.dirname, '..')
const dir = mkdtempSync(join(tmpdir(), 'score-bench-'))

interface Measure {
  wall: number
  cpu?: number
  rssMb?: number
}

/** One run of the CLI, stdout to a file; the best (least) wall and CPU time of RUNS runs. */
function run(args: string[], output: string): Measure {
  const cli = [process.execPath, '--import', 'tsx', 'src/cli/score.ts', ...args]
  const timing = join(dir, 'time.txt')
  let best: Measure = { wall: Infinity }
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
    best = { wall: Math.min(best.wall, m.wall), ...(m.cpu !== undefined ? { cpu: Math.min(best.cpu ?? Infinity, m.cpu), rssMb: Math.max(best.rssMb ?? 0, m.rssMb!) } : {}) }
  }
  return best
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
  const startup = run([empty], output)
  const rate = (ms: number | undefined, base: number | undefined) => (ms === undefined || base === undefined ? '–' : `${Math.round((N / (ms - base)) * 1000).toLocaleString('en-US')} /s`)
  const rows: Record<string, string>[] = [
    {
      run: 'start-up only (empty array)',
      'wall ms': startup.wall.toFixed(0),
      'cpu ms': startup.cpu?.toFixed(0) ?? '–',
      'peak RSS': startup.rssMb === undefined ? '–' : `${startup.rssMb.toFixed(0)} MB`,
    },
  ]
  for (const args of [['--format', 'json'], ['--format', 'ndjson'], ['--format', 'ndjson', '--compact'], ['--format', 'csv']]) {
    const m = run([...args, input], output)
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
    `cli: ${N.toLocaleString('en-US')} profiles (${(statSync(input).size / 1e6).toFixed(1)} MB in), best of ${RUNS}, ` +
      `load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores (node ${process.version})`,
  )
  console.table(rows)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
