// The command line (format §4), run in-process through main(argv, io); one test spawns the
// npm script as documented, with a scoring thread (tests/cli/pool.test.ts has the rest on threads).
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { main, MAX_PROFILE_CHARS, OutputClosed, type Sink } from '../../src/cli/main'
import { compactSlot } from '../../src/cli/output'
import { assess } from '../../src/engine/assess'
import { parseProfile } from '../../src/engine/schema'
import { ITEM_IDS } from '../../src/engine/types'
import { todayInShanghai } from '../../src/lib/today'
import { generateProfiles } from '../../bench/generate'

const ROOT = resolve(import.meta.dirname, '../..')
const dir = mkdtempSync(join(tmpdir(), 'score-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

interface Run {
  code: number
  stdout: string
  stderr: string
  /** The size in bytes of each piece written to stdout. */
  writes: number[]
}

const encoder = new TextEncoder()
const toBytes = (chunk: string | Uint8Array) => (typeof chunk === 'string' ? encoder.encode(chunk) : chunk)

async function* chunksOf(input: string | Uint8Array, size = 1 << 16): AsyncGenerator<Uint8Array> {
  const bytes = toBytes(input)
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size)
}

function collector(): Sink & { bytes: Uint8Array[] } {
  const bytes: Uint8Array[] = []
  return { bytes, write: (chunk) => void bytes.push(toBytes(chunk)) }
}

const decode = (parts: Uint8Array[]) => new TextDecoder().decode(Buffer.concat(parts))

async function score(args: string[], stdin: string | Uint8Array | AsyncIterable<Uint8Array> = '', stdout = collector()): Promise<Run> {
  const stderr = collector()
  const input = typeof stdin === 'string' || stdin instanceof Uint8Array ? chunksOf(stdin) : stdin
  const code = await main(args, { stdin: input, stdout, stderr })
  return { code, stdout: decode(stdout.bytes), stderr: decode(stderr.bytes), writes: stdout.bytes.map((b) => b.length) }
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

// age 30 (born 1990-01-01, 36 on 2026-06-15) + bachelorDegree 90 = 120 (rules §1).
const PROFILE = { version: 1, asOf: '2026-06-15', birthDate: '1990-01-01', education: 'bachelorDegree', qualification: 'none' }
// + master 100 instead, + 10 for a fresh graduate = 140.
const PROFILE_2 = { ...PROFILE, education: 'master', freshGraduate: true }
const NO_STACK = /^\s+at |Error:|node:internal/m
const lines = (text: string) => text.split('\n').filter(Boolean)

describe('score CLI (format §4)', () => {
  it('a profile file → its assessment as pretty JSON, exit 0', async () => {
    const r = await score([file('one.json', JSON.stringify(PROFILE))])
    expect(r).toMatchObject({ code: 0, stderr: '' })
    expect(r.stdout).toMatch(/^\{\n {2}"ruleset": "sh-2023",\n/)
    const a = JSON.parse(r.stdout)
    expect(a).toMatchObject({ ruleset: 'sh-2023', asOf: '2026-06-15', total: 120, threshold: 120, meetsThreshold: true, vetoed: false, status: 'incomplete' })
    expect(a.items).toHaveLength(16)
  })

  it('an array of profiles → an array of assessments in the same order, one per line, exit 0', async () => {
    const r = await score([file('two.json', JSON.stringify([PROFILE, PROFILE_2]))])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).map((a: { total: number }) => a.total)).toEqual([120, 140])
    expect(lines(r.stdout)).toHaveLength(4)
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

  it('a UTF-8 byte-order mark is tolerated, even when split across reads', async () => {
    const r = await score(['-'], chunksOf(`\uFEFF${JSON.stringify(PROFILE)}`, 1))
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).total).toBe(120)
  })

  it('a profile without asOf is assessed on today in Shanghai', async () => {
    const before = todayInShanghai()
    const r = await score(['-'], JSON.stringify({ version: 1 }))
    expect(r.code).toBe(0)
    expect([before, todayInShanghai()]).toContain(JSON.parse(r.stdout).asOf)
  })

  it('invalid JSON → a message with its line and column on stderr, nothing on stdout, exit 2, no stack trace', async () => {
    const r = await score([file('bad.json', '{"version": 1,\n  "education" "master"}')])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/^score: invalid JSON in .*bad\.json: Unexpected string at line 2, column 15\n$/)
    expect(r.stderr).not.toMatch(NO_STACK)
  })

  it('a file cut short → exit 2 saying where the unfinished value starts', async () => {
    const r = await score([file('cut.json', '{"version": 1,')])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/the input ends inside the value that starts at line 1, column 1 \(is the file cut short\?\)/)
  })

  it('invalid JSON on stdin names standard input, exit 2', async () => {
    const r = await score(['-'], 'not json')
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^score: invalid JSON in standard input/)
  })

  it('empty input → exit 2 "the input is empty"', async () => {
    const r = await score(['-'], ' \n')
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('score: invalid JSON in standard input: the input is empty\n')
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
    expect(out[1].errors.map((e: { path: string }) => e.path).sort()).toEqual(['education', 'salary', 'socialInsurance.0.base', 'socialInsurance.0.to'].sort())
  })

  it('a single invalid profile → {errors}, exit 1', async () => {
    const r = await score(['-'], JSON.stringify({ ...PROFILE, birthDate: '2030-01-01' }))
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout)).toEqual({ errors: [{ path: 'birthDate', message: expect.stringContaining('2030-01-01') }] })
  })

  it('a non-object slot (a number, null, a string) is a validation failure at path "", exit 1', async () => {
    const r = await score(['-'], `[42, null, "x", ${JSON.stringify(PROFILE)}]`)
    expect(r.code).toBe(1)
    const out = JSON.parse(r.stdout)
    expect(out.slice(0, 3).map((s: { errors: { path: string }[] }) => s.errors[0]!.path)).toEqual(['', '', ''])
    expect(out[3].total).toBe(120)
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

  it('an unknown option or a second input → exit 2 with usage, nothing scored', async () => {
    for (const args of [['--frmat', 'csv', '-'], ['a.json', 'b.json']]) {
      const r = await score(args, JSON.stringify(PROFILE))
      expect(r.code).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr).toMatch(/^score: (unknown option --frmat|one input only)[^]*usage:/)
    }
  })

  it('--help → usage on stdout, exit 0', async () => {
    const r = await score(['--help'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^usage: npm run --silent score -- \[--format json\|ndjson\|csv\] \[--compact\]/)
  })
})

describe('score CLI: formats (--format json|ndjson|csv, --compact)', () => {
  it('--format ndjson prints one assessment per line, in input order', async () => {
    const r = await score(['--format', 'ndjson', '-'], JSON.stringify([PROFILE, PROFILE_2, PROFILE]))
    expect(r.code).toBe(0)
    const out = lines(r.stdout).map((l) => JSON.parse(l))
    expect(out.map((a) => [a.total, a.status])).toEqual([
      [120, 'incomplete'],
      [140, 'incomplete'],
      [120, 'incomplete'],
    ])
    expect(out[0].items).toHaveLength(16)
  })

  it('--format=ndjson on one profile prints one line, and an invalid profile its {errors} line, exit 1', async () => {
    const one = await score(['--format=ndjson', '-'], JSON.stringify(PROFILE))
    expect(one.stdout.split('\n')).toEqual([expect.stringMatching(/^\{"ruleset":"sh-2023",/), ''])
    const bad = await score(['--format=ndjson', '-'], JSON.stringify([{ version: 2 }]))
    expect(bad.code).toBe(1)
    expect(JSON.parse(bad.stdout)).toEqual({ errors: [{ path: 'version', message: expect.any(String) }] })
  })

  it('json and ndjson print each assessment exactly as JSON.stringify does (src/cli/json-bytes.ts), for 600 generated profiles', async () => {
    const profiles = generateProfiles(600, 9)
    const slots = profiles.map((p) => {
      const parsed = parseProfile(p, todayInShanghai())
      if (!parsed.success) throw new Error('the generator made an invalid profile')
      return assess(parsed.profile, parsed.profile.asOf!)
    })
    const input = profiles.map((p) => JSON.stringify(p)).join('\n')
    const full = slots.map((a) => JSON.stringify(a))
    const compact = slots.map((a) => JSON.stringify(compactSlot(a)))
    expect((await score(['--format', 'ndjson', '-'], input)).stdout).toBe(full.map((line) => `${line}\n`).join(''))
    expect((await score(['--format', 'json', '-'], input)).stdout).toBe(`[\n${full.join(',\n')}\n]\n`)
    expect((await score(['--format', 'ndjson', '--compact', '-'], input)).stdout).toBe(compact.map((line) => `${line}\n`).join(''))
  })

  it('--compact: items as {id: points}, findings as their codes, every other field kept', async () => {
    const r = await score(['--compact', '--format', 'ndjson', '--ruleset', 'sh-2018', '-'], JSON.stringify(PROFILE_2))
    const a = JSON.parse(r.stdout)
    expect(Object.keys(a.items)).toEqual([...ITEM_IDS])
    expect(a.items).toMatchObject({ age: 30, education: 100, freshGraduate: 10 })
    expect(a.findings).toContain('rulesetNotInForce')
    expect(a.findings.every((f: unknown) => typeof f === 'string')).toBe(true)
    expect(a).toMatchObject({ ruleset: 'sh-2018', total: 140, threshold: 120, meetsThreshold: true, vetoed: false, status: 'incomplete' })
  })

  it('--compact keeps the json format: one profile indented, an array one per line', async () => {
    const one = await score(['--compact', '-'], JSON.stringify(PROFILE))
    expect(one.stdout).toMatch(/^\{\n {2}"ruleset": "sh-2023",[^]*"items": \{\n {4}"age": 30,/)
    const many = await score(['--compact', '-'], JSON.stringify([PROFILE, PROFILE_2]))
    expect(JSON.parse(many.stdout).map((a: { items: { education: number } }) => a.items.education)).toEqual([90, 100])
  })

  it('--format csv: a header row, then one row per profile with status, points per item and findings; an invalid one says why', async () => {
    const r = await score(['--format', 'csv', '-'], JSON.stringify([PROFILE, { ...PROFILE, education: 'phd' }, { ...PROFILE_2, seriousCrime: true }]))
    expect(r.code).toBe(1)
    const rows = r.stdout.split('\r\n')
    expect(rows).toHaveLength(5)
    expect(rows[4]).toBe('')
    const header = rows[0]!.split(',')
    expect(header.slice(0, 8)).toEqual(['profile', 'status', 'ruleset', 'asOf', 'total', 'threshold', 'meetsThreshold', 'vetoed'])
    expect(header.slice(8, 24)).toEqual(ITEM_IDS.map((id) => `points.${id}`))
    expect(header.slice(24)).toEqual(['findings', 'errors'])
    const cell = (row: number, column: string) => rows[row]!.split(',')[header.indexOf(column)]
    expect([cell(1, 'profile'), cell(1, 'status'), cell(1, 'total'), cell(1, 'points.education')]).toEqual(['1', 'incomplete', '120', '90'])
    expect(cell(1, 'findings')).toMatch(/^(\w+)( \w+)*$/)
    expect([cell(2, 'status'), cell(2, 'total')]).toEqual(['invalid', ''])
    expect(rows[2]).toMatch(/,"education: must be one of ""none"", .*, got ""phd"""$/)
    expect([cell(3, 'status'), cell(3, 'vetoed')]).toEqual(['vetoed', 'true'])
  })

  it('--format csv on an empty array prints the header row only', async () => {
    const r = await score(['--format', 'csv', '-'], '[]')
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^profile,status,[^\n]*errors\r\n$/)
  })

  it('an unknown --format, or --compact with csv → exit 2 saying so', async () => {
    const unknown = await score(['--format', 'xml', '-'], '[]')
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/^score: unknown format "xml"; known: json, ndjson, csv/)
    const csv = await score(['--format', 'csv', '--compact', '-'], '[]')
    expect(csv.code).toBe(2)
    expect(csv.stderr).toMatch(/^score: --compact is for json and ndjson/)
  })

  it('NDJSON input (one profile per line) → an array with --format json, lines with ndjson', async () => {
    const input = `${JSON.stringify(PROFILE)}\n${JSON.stringify(PROFILE_2)}\n`
    const json = await score(['-'], input)
    expect(json.code).toBe(0)
    expect(JSON.parse(json.stdout).map((a: { total: number }) => a.total)).toEqual([120, 140])
    const ndjson = await score(['--format', 'ndjson', '-'], input)
    expect(lines(ndjson.stdout).map((l) => JSON.parse(l).total)).toEqual([120, 140])
  })
})

describe('score CLI: streaming and input it cannot take', () => {
  it('each assessment is written before the rest of the input is read', async () => {
    const stdout = collector()
    let seenBeforeSecond = ''
    async function* input(): AsyncGenerator<Uint8Array> {
      yield encoder.encode(`[${JSON.stringify(PROFILE)},`)
      seenBeforeSecond = decode(stdout.bytes)
      yield encoder.encode(`${JSON.stringify(PROFILE_2)}]`)
    }
    const r = await score(['--format', 'ndjson', '-'], input(), stdout)
    expect(r.code).toBe(0)
    expect(JSON.parse(seenBeforeSecond).total).toBe(120)
    expect(lines(r.stdout)).toHaveLength(2)
  })

  it('while standard output is behind, no more input is read (memory stays flat)', async () => {
    let pulled = 0
    async function* input(): AsyncGenerator<Uint8Array> {
      const profile = encoder.encode(`${JSON.stringify(PROFILE)}\n`)
      for (let i = 0; i < 300; i++) {
        pulled++
        yield profile
      }
    }
    let release: () => void = () => {}
    let pulledWhileBlocked = -1
    const written: Uint8Array[] = []
    const slow: Sink = {
      write(chunk) {
        written.push(toBytes(chunk))
        if (written.length > 1) return
        // The first write blocks until the test has looked at how much input was read meanwhile.
        return new Promise<void>((resolve) => {
          release = resolve
          setTimeout(() => {
            pulledWhileBlocked = pulled
            release()
          }, 50)
        })
      },
    }
    const code = await main(['--format', 'ndjson', '-'], { stdin: input(), stdout: slow, stderr: collector() })
    expect(code).toBe(0)
    expect(pulledWhileBlocked).toBe(1)
    expect(lines(decode(written))).toHaveLength(300)
  })

  it('2,000 profiles are written in pieces of at most 256 KB: output is never gathered whole', async () => {
    const many = `[${Array.from({ length: 2000 }, (_, i) => JSON.stringify(i % 2 ? PROFILE : PROFILE_2)).join(',')}]`
    const r = await score(['--format', 'ndjson', '-'], many)
    expect(r.code).toBe(0)
    expect(lines(r.stdout)).toHaveLength(2000)
    expect(r.writes.length).toBeGreaterThan(20)
    expect(Math.max(...r.writes)).toBeLessThanOrEqual(256 * 1024)
  })

  it('a syntax error part-way: the assessments before it are printed, then the error with its line, exit 2', async () => {
    const r = await score(['--format', 'ndjson', '-'], `[\n${JSON.stringify(PROFILE)},\n${JSON.stringify(PROFILE_2)}\n${JSON.stringify(PROFILE)}]`)
    expect(r.code).toBe(2)
    expect(lines(r.stdout).map((l) => JSON.parse(l).total)).toEqual([120, 140])
    expect(r.stderr).toBe(`score: invalid JSON in standard input: expected ',' or ']' after profile 2 but found '{' at line 4, column 1\n`)
  })

  it('a value larger than 1 MB → exit 2 "larger than 1 MB", without reading it whole', async () => {
    let pulled = 0
    async function* huge(): AsyncGenerator<Uint8Array> {
      yield encoder.encode(`[${JSON.stringify(PROFILE)},\n{"version":1,"x":"`)
      for (let i = 0; i < 1000; i++) {
        pulled++
        yield encoder.encode('a'.repeat(64 * 1024))
      }
    }
    const r = await score(['-'], huge())
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^score: profile 2 in standard input \(line 2\) is larger than 1 MB; a profile is a few KB/)
    expect(pulled).toBeLessThanOrEqual(Math.ceil(MAX_PROFILE_CHARS / (64 * 1024)) + 1)
  })

  it('invalid UTF-8 → exit 2 naming the byte, its line and offset; nothing is replaced silently', async () => {
    const before = encoder.encode(`[${JSON.stringify(PROFILE)},\n{"version":1,"education":"`)
    const gbk = new Uint8Array([0xb1, 0xbe, 0xbf, 0xc6]) // 本科 in GBK
    const r = await score(['-'], Buffer.concat([before, gbk, encoder.encode('"}]')]))
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(
      `score: standard input is not UTF-8 text: byte 0xB1 at line 2 (byte offset ${before.length}) is not valid UTF-8; scoring stopped there. ` +
        'Save the file as UTF-8 (one saved as GBK/GB18030 converts with: iconv -f GB18030 -t UTF-8)\n',
    )
    expect(r.stdout).not.toContain('\uFFFD')
  })

  it('a UTF-16 file → exit 2 saying it is UTF-16', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(PROFILE), 'utf16le')])
    const r = await score([file('utf16.json', utf16)])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/utf16\.json is not UTF-8 text: it is UTF-16 text \(it starts with a UTF-16 byte-order mark\)/)
  })

  it('a key given twice → that profile fails validation naming the path (JSON would keep the last silently), exit 1', async () => {
    const text = `[{"version":1,"education":"master","education":"none","socialInsurance":[{"from":"2020-01","to":"2020-06","base":9000,"base":90000}]},${JSON.stringify(PROFILE)}]`
    const r = await score(['-'], text)
    expect(r.code).toBe(1)
    const [first, second] = JSON.parse(r.stdout)
    expect(first.errors.map((e: { path: string }) => e.path)).toEqual(['education', 'socialInsurance.0.base'])
    expect(first.errors[0].message).toMatch(/^"education" is given twice in this profile/)
    expect(second.total).toBe(120)
  })

  it('a profile nested 100,000 levels deep is one invalid slot, no crash', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`
    const r = await score(['--format', 'ndjson', '-'], `[{"version":1,"keyArea":${deep}}, ${JSON.stringify(PROFILE)}]`)
    expect(r.code).toBe(1)
    const [first, second] = lines(r.stdout).map((l) => JSON.parse(l))
    expect(first.errors[0].path).toBe('keyArea')
    expect(second.total).toBe(120)
  })

  it('a reader that goes away (closed pipe) ends the run quietly with the code so far', async () => {
    const closed: Sink = {
      write() {
        throw new OutputClosed()
      },
    }
    const stderr = collector()
    const code = await main(['-'], { stdin: chunksOf(JSON.stringify([PROFILE, PROFILE_2])), stdout: closed, stderr })
    expect(code).toBe(0)
    expect(stderr.bytes).toEqual([])
  })
})

describe('score CLI as a process', () => {
  it('`npm run --silent score -- --jobs 2 --format ndjson FILE`: one assessment per line, the same bytes as on one thread', { timeout: 60_000 }, async () => {
    // Large enough for the scoring thread to take batches (it starts at once with --jobs), with a profile failing validation among them.
    const profiles = [PROFILE, PROFILE_2, ...generateProfiles(3000, 5), { ...PROFILE, education: 'phd' }, ...generateProfiles(1000, 6)]
    const path = file('npm.json', JSON.stringify(profiles))
    const r = await new Promise<{ code: number; stdout: Buffer; stderr: string }>((done) =>
      execFile('npm', ['run', '--silent', 'score', '--', '--jobs', '2', '--format', 'ndjson', path], { cwd: ROOT, encoding: 'buffer', maxBuffer: 1 << 30 }, (error, stdout, stderr) =>
        done({ code: error ? Number(error.code) : 0, stdout, stderr: stderr.toString() }),
      ),
    )
    expect(r).toMatchObject({ code: 1, stderr: '' })
    const one = await score(['--jobs', '1', '--format', 'ndjson', path])
    expect(one.code).toBe(1)
    expect(r.stdout.equals(Buffer.from(one.stdout))).toBe(true)
    expect(lines(one.stdout)).toHaveLength(profiles.length)
    expect(lines(one.stdout).slice(0, 2).map((l) => JSON.parse(l).total)).toEqual([120, 140])
  })
})
