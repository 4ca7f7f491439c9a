// What the road's actions require, and what is doubtful about them: stable codes (the UI words
// them) with the sections of docs/rules.md that hold the evidence. actions.ts takes the evidence
// from here; the key-area rule (rulesets.ts) lists the codes each kind of area adds.

export interface CodeFacts {
  /** Sections with the evidence, e.g. 'rules §A5, §7' (tests/engine/evidence-docs.test.ts). */
  evidence: string
}

export const REQUIREMENTS = {
  /** Obtained while working in Shanghai, the specialty matches the post, listed. */
  titleInShanghai: { evidence: 'rules §B3, §7' },
  /** 6 of the 12 months before at ≥ 1× the reference wage. */
  titleBaseCondition: { evidence: 'rules §B3' },
  /** …which needs the base raised to `base` from `from`. */
  raiseBaseForTitle: { evidence: 'rules §B3, §7' },
  /** Skill certificates from outside Shanghai: national verification. */
  skillVerifiable: { evidence: 'rules §7' },
  /** 学信网-verifiable; foreign degrees need recognition. */
  stateRecognised: { evidence: 'rules §B2' },
  /** 前置学历, 专本套读. */
  prerequisiteChain: { evidence: 'rules §7' },
  /** Real salary, IIT by the same employer, not back-paid. */
  baseMatchesIncome: { evidence: 'rules §A5, §7' },
  /** Counts once `months` of the last `window` months qualify. */
  baseWindow: { evidence: 'rules §A5' },
  /** Work and live in the area. */
  workAndLive: { evidence: 'rules §A7, §4' },
  /** The Lingang area's recommendation. */
  lingangRecommendation: { evidence: 'rules §A7' },
  majorOnList: { evidence: 'rules §A3, §6' },
  sanitationSector: { evidence: 'rules §A6, §5' },
  techTransfer: { evidence: 'rules §A1–A2' },
  startupIncubator: { evidence: 'rules §A1–A2' },
} as const satisfies Record<string, CodeFacts>

export type RequirementCode = keyof typeof REQUIREMENTS

/** Where a rule is uncertain, what the doubt is. */
export const DOUBTS = {
  wageRises: { evidence: 'rules §3, §Q13' },
  lingangGate: { evidence: 'rules §4, §Q3' },
  areaBoundaries: { evidence: 'rules §4, §Q14' },
  listScope: { evidence: 'rules §6, §Q8' },
  publicServiceCounting: { evidence: 'rules §Q4' },
  innovationScope: { evidence: 'rules §A1–A2' },
} as const satisfies Record<string, CodeFacts>

export type DoubtCode = keyof typeof DOUBTS
