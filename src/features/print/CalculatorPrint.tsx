// Ctrl+P on any calculator page prints the one-page report, not the interface: the report sits
// off screen (hidden from assistive technology) and print.css shows only it on paper, with the
// verdict, the date of reaching 120 and the next steps. It is rendered on the result step (whose
// road is computed anyway) and, on other steps, just before printing. A lazy chunk.
import { useEffect, useRef, useState } from 'react'
import { flushSync, createPortal } from 'react-dom'
import { useT } from '../../i18n/i18n'
import { todayInShanghai } from '../../lib/today'
import { useAssessment, useDraftStore } from '../../state/draft-store'
import { roadDigest } from '../../components/report/digest'
import { useRanked } from '../../state/use-ranked'
import { registerMessages } from '../../i18n/catalog'
import * as road from '../../i18n/messages/road'
import { fitToPage } from '../../components/report/fit'
import { PrintReport } from '../../components/report/PrintReport'

registerMessages(road)

export default function CalculatorPrint() {
  const stepId = useDraftStore((s) => s.stepId)
  const [printing, setPrinting] = useState(false)
  const root = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const before = () => {
      flushSync(() => setPrinting(true))
      if (root.current) fitToPage(root.current)
    }
    const after = () => setPrinting(false)
    window.addEventListener('beforeprint', before)
    window.addEventListener('afterprint', after)
    return () => {
      window.removeEventListener('beforeprint', before)
      window.removeEventListener('afterprint', after)
    }
  }, [])
  return createPortal(
    <div ref={root} className="print-root print-only" aria-hidden="true" data-testid="calculator-print">
      {(printing || stepId === 'result') && (
        <div className="print-sheet">
          <Report />
        </div>
      )}
    </div>,
    document.body,
  )
}

function Report() {
  const t = useT()
  const { asOf, profile, assessment } = useAssessment()
  const { ranked } = useRanked()
  const root = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (root.current) fitToPage(root.current)
  })
  return (
    <div ref={root}>
      <PrintReport profile={{ ...profile, asOf }} assessment={assessment} road={roadDigest(t, ranked, assessment)} generated={todayInShanghai()} />
    </div>
  )
}
