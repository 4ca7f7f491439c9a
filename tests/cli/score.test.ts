// The command line (contract §4): `npm run --silent score -- FILE|-`, spawned as a real process.
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { todayInShanghai } from '../../src/lib/today'

const ROOT = resolve(import.meta.dirname, '../..')
const dir = mkdtempSync(join(tmpdir(), 'score-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

interface Run {
  code: number
  stdout: string
  stderr: string
}

function score(args: string[], stdin?: string): Promise<Run> {
  return new Promise((done) => {
    const child = execFile(process.execPath, ['--import', 'tsx', 'src/cli/score.ts', ...args], { cwd: ROOT, maxBuffer: 64 << 20 }, (error, stdout, stderr) =>
      done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    )
    child.stdin!.end(stdin ?? '')
  })
}

function file(name: string, content: string): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

// age 30 (born 1990-01-01, 36 on 2026-06-15) + bachelorDegree 90 = 120 (spec §2).
const PROFILE = { version: 1, asOf: '2026-06-15', birthDate: '1990-01-01', education: 'bachelorDegree', qualification: 'none' }
// + master 100 instead, + 10 for a fresh graduate = 140.
const PROFILE_2 = { ...PROFILE, education: 'master', freshGraduate: true }
const NO_STACK = /^\s+at |Error:|node:internal/m

describe('score CLI (contract §4)', { timeout: 30_000 }, () => {
  it('a profile file → its assessment as pretty JSON, exit 0', async () => {
    const r = await score([file('one.json', JSON.stringify(PROFILE))])
    expect(r).toMatchObject({ code: 0, stderr: '' })
    expect(r.stdout).toMatch(/^\{\n {2}"ruleset": "sh-2023",\n/)
    const a = JSON.parse(r.stdout)
    expect(a).toMatchObject({ ruleset: 'sh-2023', asOf: '2026-06-15', total: 120, threshold: 120, meetsThreshold: true, vetoed: false })
    expect(a.items).toHaveLength(16)
  })

  it('an array of profiles → an array of assessments in the same order, exit 0', async () => {
    const r = await score([file('two.json', JSON.stringify([PROFILE, PROFILE_2]))])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).map((a: { total: number }) => a.total)).toEqual([120, 140])
  })

  it('an empty array → an empty array, exit 0', async () => {
    const r = await score([file('empty.json', '[]')])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual([])
  })

  it("'-' reads standard input", async () => {
    const r = await score(['-'], JSON.stringify(PROFILE_2))
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).total).toBe(140)
  })

  it('a UTF-8 byte-order mark is tolerated', async () => {
    const r = await score([file('bom.json', `\uFEFF${JSON.stringify(PROFILE)}`)])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).total).toBe(120)
  })

  it('a profile without asOf is assessed on today in Shanghai', async () => {
    const before = todayInShanghai()
    const r = await score(['-'], JSON.stringify({ version: 1 }))
    expect(r.code).toBe(0)
    expect([before, todayInShanghai()]).toContain(JSON.parse(r.stdout).asOf)
  })

  it('invalid JSON → a message on stderr, nothing on stdout, exit 2, no stack trace', async () => {
    const r = await score([file('bad.json', '{"version": 1,')])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/^score: invalid JSON in .*bad\.json/)
    expect(r.stderr).not.toMatch(NO_STACK)
  })

  it('invalid JSON on stdin names standard input, exit 2', async () => {
    const r = await score(['-'], 'not json')
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/invalid JSON in standard input/)
  })

  it('a missing file → a message naming it, exit 2, no stack trace', async () => {
    const missing = join(dir, 'nope.json')
    const r = await score([missing])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain(`no such file: ${missing}`)
    expect(r.stderr).not.toMatch(NO_STACK)
  })

  it('a directory instead of a file → "cannot read", exit 2, no stack trace', async () => {
    const r = await score([dir])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^score: cannot read .*: EISDIR/)
    expect(r.stderr).not.toMatch(NO_STACK)
  })

  it('a profile failing validation → its slot holds {errors:[{path,message}]}, the others are scored, exit 1', async () => {
    const bad = { ...PROFILE, education: 'phd', salary: 1, socialInsurance: [{ from: '2020-05', to: '2020-01', base: -3 }] }
    const r = await score([file('mixed.json', JSON.stringify([PROFILE, bad, PROFILE_2]))])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('')
    const out = JSON.parse(r.stdout)
    expect(out).toHaveLength(3)
    expect(out[0].total).toBe(120)
    expect(out[2].total).toBe(140)
    expect(Object.keys(out[1])).toEqual(['errors'])
    for (const e of out[1].errors) {
      expect(Object.keys(e).sort()).toEqual(['message', 'path'])
      expect(e.message).not.toBe('')
    }
    expect(out[1].errors.map((e: { path: string }) => e.path).sort()).toEqual(
      ['education', 'salary', 'socialInsurance.0.base', 'socialInsurance.0.to'].sort(),
    )
  })

  it('a single invalid profile → {errors}, exit 1', async () => {
    const r = await score(['-'], JSON.stringify({ ...PROFILE, birthDate: '2030-01-01' }))
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout)).toEqual({ errors: [{ path: 'birthDate', message: expect.stringContaining('2030-01-01') }] })
  })

  it('a non-object slot (a number, null) is a validation failure at path "", exit 1', async () => {
    const r = await score(['-'], JSON.stringify([42, null, PROFILE]))
    expect(r.code).toBe(1)
    const out = JSON.parse(r.stdout)
    expect(out[0].errors[0].path).toBe('')
    expect(out[1].errors[0].path).toBe('')
    expect(out[2].total).toBe(120)
  })

  it('--ruleset forces a ruleset (with its finding)', async () => {
    const r = await score(['--ruleset', 'sh-2018', file('forced.json', JSON.stringify(PROFILE))])
    expect(r.code).toBe(0)
    const a = JSON.parse(r.stdout)
    expect(a.ruleset).toBe('sh-2018')
    expect(a.findings.map((f: { code: string }) => f.code)).toContain('rulesetNotInForce')
  })

  it('--ruleset with an unknown id → exit 2 naming the known ones', async () => {
    const r = await score(['--ruleset', 'sh-1999', '-'], JSON.stringify(PROFILE))
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/unknown ruleset "sh-1999"; known: sh-2018, sh-2023/)
  })

  it('no input argument → usage on stderr, exit 2', async () => {
    const r = await score([])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/usage: npm run --silent score -- /)
  })

  it('runs through the npm script exactly as documented', async () => {
    const path = file('npm.json', JSON.stringify(PROFILE))
    const r = await new Promise<Run>((done) =>
      execFile('npm', ['run', '--silent', 'score', '--', path], { cwd: ROOT }, (error, stdout, stderr) =>
        done({ code: error ? Number(error.code) : 0, stdout, stderr }),
      ),
    )
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).total).toBe(120)
  })
})
