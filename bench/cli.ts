// npm run bench (part 2): 20,000 profiles through the CLI, wall time including start-up.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { generateProfiles } from './generate'

const N = Number(process.env.BENCH_CLI_N ?? 20_000)
const root = resolve(import.meta.dirname, '..')
const dir = mkdtempSync(join(tmpdir(), 'score-bench-'))
try {
  const input = join(dir, 'profiles.json')
  const output = join(dir, 'out.json')
  writeFileSync(input, JSON.stringify(generateProfiles(N, 7)))
  const time = (args: string[]) => {
    const t0 = performance.now()
    execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/score.ts', ...args], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
    return performance.now() - t0
  }
  const empty = join(dir, 'empty.json')
  writeFileSync(empty, '[]')
  const startup = time([empty])
  const t0 = performance.now()
  execFileSync('sh', ['-c', `"${process.execPath}" --import tsx src/cli/score.ts "${input}" > "${output}"`], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
  const wall = performance.now() - t0
  console.log(`cli: ${N.toLocaleString('en-US')} profiles (${(statSync(input).size / 1e6).toFixed(1)} MB in, ${(statSync(output).size / 1e6).toFixed(1)} MB out)`)
  console.table([
    { run: 'start-up only (empty array)', wall: `${startup.toFixed(0)} ms` },
    { run: `${N.toLocaleString('en-US')} profiles`, wall: `${wall.toFixed(0)} ms`, throughput: `${Math.round((N / wall) * 1000).toLocaleString('en-US')} /s` },
  ])
} finally {
  rmSync(dir, { recursive: true, force: true })
}
