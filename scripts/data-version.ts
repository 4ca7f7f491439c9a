// The rules and wage data of this build, read from the engine's tables at build time (vite.config.ts
// defines it as __DATA_VERSION__, so the page learns it without loading the tables).
import { RULESETS } from '../src/engine/data/rulesets'
import { REFERENCE_WAGES } from '../src/engine/data/reference-wages'
import type { DataVersion } from '../src/pwa/data-version'

const lastRow = REFERENCE_WAGES[REFERENCE_WAGES.length - 1]!

export const BUILD_DATA_VERSION: DataVersion = {
  rules: RULESETS[RULESETS.length - 1]!.id,
  wagesFrom: lastRow.from,
  wagesThrough: lastRow.to,
  wage: lastRow.monthly,
  wageYear: lastRow.wageYear,
}
