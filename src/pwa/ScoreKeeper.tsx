// Keeps the saved draft's last score with the data version (scored.ts) and, on the first load
// after the rules or wage data changed, shows what that did to this visitor's score.
import { lazy, Suspense, useEffect, useState } from 'react'
import { todayInShanghai } from '../lib/today'
import { useAssessment, useDraftStore } from '../state/draft-store'
import { baseStorage, currentScope } from '../state/persist'
import { engineModule } from '../state/engine-loader'
import { DATA_VERSION, sameData } from './data-version'
import { draftFingerprint, readRecord, toRecord, writeRecord } from './scored'
import type { ScoreChange } from './changes'

const WhatChanged = lazy(() => import('./WhatChanged'))

/** The record as this page found it, before anything here overwrites it. */
const previous = readRecord()
let compared = false

export function ScoreKeeper() {
  const { assessment, pending } = useAssessment()
  const draft = useDraftStore((s) => s.draft)
  const asOfOverride = useDraftStore((s) => s.asOfOverride)
  const [change, setChange] = useState<ScoreChange | null>(null)
  useEffect(() => {
    const engine = engineModule()
    if (pending || !engine || currentScope() !== 'app' || !baseStorage().persistent) return
    const fingerprint = draftFingerprint(draft, asOfOverride)
    if (!compared) {
      compared = true
      if (previous && previous.draft === fingerprint && !sameData(previous.data, DATA_VERSION)) {
        // The same draft on the date of its old score: the difference is the new data's.
        const then = engine.deriveAssessment(draft, asOfOverride ?? previous.asOf, todayInShanghai()).assessment
        void import('./changes').then((m) => setChange(m.compareScores(previous, DATA_VERSION, then)))
      }
    }
    writeRecord(Object.keys(draft).length > 1 ? toRecord(DATA_VERSION, fingerprint, assessment) : null)
  }, [assessment, pending, draft, asOfOverride])
  if (!change) return null
  return (
    <Suspense fallback={null}>
      <WhatChanged change={change} onDismiss={() => setChange(null)} />
    </Suspense>
  )
}
