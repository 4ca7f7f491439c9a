// Deterministic, realistic profiles for the benchmarks: a seeded PRNG (mulberry32), careers of
// 1–6 social-insurance periods with gaps and pay rises, the usual mix of education and titles.
import { monthIndexOf, monthLabel } from '../src/engine/dates'
import { AWARDS, EDUCATIONS, KEY_AREA_KINDS, QUALIFICATIONS, type Period, type Profile } from '../src/engine/schema'

export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pad = (n: number) => String(n).padStart(2, '0')

/** Profiles as a caller holds them: parsed from JSON (flat strings, as the CLI and the UI see them). */
export function generateProfiles(n: number, seed = 42): Profile[] {
  return JSON.parse(JSON.stringify(buildProfiles(n, seed))) as Profile[]
}

function buildProfiles(n: number, seed: number): Profile[] {
  const rnd = prng(seed)
  const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1))
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!
  const date = (y0: number, y1: number) => `${int(y0, y1)}-${pad(int(1, 12))}-${pad(int(1, 28))}`
  const out: Profile[] = []
  for (let i = 0; i < n; i++) {
    const asOf = date(2019, 2027)
    const asOfYear = Number(asOf.slice(0, 4))
    const birthYear = int(asOfYear - 62, asOfYear - 21)
    // A career: jobs walking back from the month before asOf, each 6–72 months, with gaps of 0–4.
    const periods: Period[] = []
    let end = monthIndexOf(asOf.slice(0, 7)) - int(0, 2)
    let base = int(6000, 45000)
    for (let j = int(1, 6); j > 0 && end > monthIndexOf(`${birthYear + 20}-01`); j--) {
      // No contribution before the 16th birthday (the schema rejects it).
      const from = Math.max(end - int(6, 72) + 1, monthIndexOf(`${birthYear + 17}-01`))
      periods.unshift({ from: monthLabel(from), to: monthLabel(end), base })
      end = from - 1 - (rnd() < 0.3 ? int(1, 4) : 0)
      base = Math.max(3000, Math.round(base * (0.75 + rnd() * 0.2)))
    }
    const p: Profile = {
      version: 1,
      asOf,
      birthDate: `${birthYear}-${pad(int(1, 12))}-${pad(int(1, 28))}`,
      education: pick(EDUCATIONS),
      fullTimeStudy: rnd() < 0.8,
      qualification: pick(QUALIFICATIONS),
      socialInsurance: periods,
    }
    if (rnd() < 0.1) p.shortageMajor = true
    if (rnd() < 0.1) p.freshGraduate = true
    if (rnd() < 0.05) p.publicServiceSince = date(2005, asOfYear)
    if (rnd() < 0.15) p.keyArea = { kind: pick(KEY_AREA_KINDS), since: date(2010, asOfYear) }
    if (rnd() < 0.3) p.spouseHukouSince = date(2000, asOfYear)
    if (rnd() < 0.1) p.award = pick(AWARDS)
    if (rnd() < 0.05) p.investment = { avgAnnualTax: int(0, 1_500_000), avgLocalHires: int(0, 120) }
    if (rnd() < 0.03) p.innovation = rnd() < 0.5 ? 'startupFounder' : 'techTransfer'
    if (rnd() < 0.03) p.deductions = { detentions: int(0, 2), falseMaterials: int(0, 1) }
    out.push(p)
  }
  return out
}
