// npm run --silent score -- FILE|-   (contract §4)
// A profile or a JSON array of profiles in; the assessment (or an array of them) out as JSON.
// Exit 0: all scored; 1: some profile failed validation (its slot holds {errors}); 2: bad
// invocation, unreadable file or invalid JSON.
import { readFileSync } from 'node:fs'
import { assess } from '../engine/assess'
import { parseProfile } from '../engine/schema'
import type { Assessment, RulesetId } from '../engine/types'
import { RULESETS } from '../engine/data/rulesets'
import { todayInShanghai } from '../lib/today'

const USAGE = `usage: npm run --silent score -- [--ruleset ${RULESETS.map((r) => r.id).join('|')}] FILE|-
  FILE  a profile (JSON object) or a JSON array of profiles; - reads standard input`

type Slot = Assessment | { errors: { path: string; message: string }[] }

function fail(message: string): never {
  process.stderr.write(`score: ${message}\n`)
  process.exit(2)
}

function parseArgs(argv: string[]): { file: string; ruleset?: RulesetId } {
  let file: string | undefined
  let ruleset: RulesetId | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--ruleset') {
      const id = argv[++i]
      const known = RULESETS.find((r) => r.id === id)
      if (!known) fail(`unknown ruleset ${JSON.stringify(id ?? '')}; known: ${RULESETS.map((r) => r.id).join(', ')}`)
      ruleset = known.id
    } else if (arg === '-h' || arg === '--help') {
      process.stdout.write(`${USAGE}\n`)
      process.exit(0)
    } else if (file === undefined) file = arg
    else fail(`one input only\n${USAGE}`)
  }
  if (file === undefined) fail(`no input given\n${USAGE}`)
  return ruleset ? { file, ruleset } : { file }
}

function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8')
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    return fail(code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file}: ${code ?? String(e)}`)
  }
}

function main(): void {
  const { file, ruleset } = parseArgs(process.argv.slice(2))
  const text = readInput(file).replace(/^\uFEFF/, '')
  let input: unknown
  try {
    input = JSON.parse(text)
  } catch (e) {
    fail(`invalid JSON in ${file === '-' ? 'standard input' : file}: ${(e as Error).message}`)
  }
  const today = todayInShanghai()
  let invalid = false
  const scoreOne = (profile: unknown): Slot => {
    const parsed = parseProfile(profile, today)
    if (!parsed.success) {
      invalid = true
      return { errors: parsed.errors.map(({ path, message }) => ({ path, message })) }
    }
    return assess(parsed.profile, parsed.profile.asOf ?? today, ruleset ? { ruleset } : {})
  }
  // An array prints one slot per line, so that large batches stay greppable and fast.
  const out = Array.isArray(input)
    ? `[\n${input.map((p) => JSON.stringify(scoreOne(p))).join(',\n')}\n]\n`
    : `${JSON.stringify(scoreOne(input), null, 2)}\n`
  process.stdout.write(out, () => process.exit(invalid ? 1 : 0))
}

main()
