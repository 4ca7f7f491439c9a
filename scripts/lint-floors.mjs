// An oxlint JS plugin (ESLint rule API) with one rule, `floors/import-floor`: a module under src/
// imports only from its own unit or from a lower floor (docs/architecture.md, "Floors"):
//
//   engine ← lib ← state, i18n ← components ← features/<name>, pwa ← app, cli ← main.tsx, boot.ts
//
// A unit is a top-level folder of src/ (each feature is its own unit). Sideways imports between
// units on one floor (feature to feature, state to i18n) and upward imports are errors, with no
// exceptions: shared code moves down a floor. Only relative specifiers are checked; packages are
// out of scope (the engine's are fenced by tests/engine/purity.test.ts).
import { dirname, relative, resolve } from 'node:path'

const FLOORS = [['engine'], ['lib'], ['state', 'i18n'], ['components'], ['features', 'pwa'], ['app', 'cli'], ['main.tsx', 'boot.ts']]
const floorOf = new Map(FLOORS.flatMap((names, floor) => names.map((name) => [name, floor])))

/** 'src/features/road/x.tsx' → { unit: 'features/road', floor: 4 }; null outside src/. */
function place(file) {
  const parts = file.split('/')
  if (parts[0] !== 'src' || parts.length < 2) return null
  const top = parts[1]
  const floor = floorOf.get(top)
  if (floor === undefined) return null
  return { unit: top === 'features' ? `features/${parts[2]}` : top, floor }
}

const importFloor = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports go down the floors (engine ← lib ← state/i18n ← components ← features ← app), never sideways or up' },
    schema: [],
    messages: {
      up: '{{from}} (floor {{fromFloor}}) must not import {{to}} (floor {{toFloor}}): imports go down the floors only.',
      sideways: '{{from}} must not import from another unit on its floor ({{to}}); move the shared code down a floor.',
    },
  },
  create(context) {
    const cwd = context.cwd ?? process.cwd()
    const file = relative(cwd, context.filename).split('\\').join('/')
    const here = place(file)
    if (!here) return {}

    function check(source) {
      if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return
      const target = relative(cwd, resolve(dirname(resolve(cwd, file)), source.value)).split('\\').join('/')
      const there = place(target)
      if (!there || there.unit === here.unit || there.floor < here.floor) return
      const data = { from: here.unit, to: there.unit, fromFloor: here.floor, toFloor: there.floor }
      context.report({ node: source, messageId: there.floor > here.floor ? 'up' : 'sideways', data })
    }

    return {
      ImportDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
    }
  },
}

export default { meta: { name: 'floors' }, rules: { 'import-floor': importFloor } }
