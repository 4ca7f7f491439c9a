// The print preview: the reports as A4 sheets in a modal layer on top of the page, with Print
// and Close. While it is open, printing (its button or the browser's) prints only the reports.
// A lazy chunk: callers import() it when the user asks to print.
import { useEffect, useLayoutEffect, useRef } from 'react'
import { createPortal } from 'react-dom'
import { useLang, useT } from '../../i18n/i18n'
import { todayInShanghai } from '../../lib/today'
import { fitToPage } from './fit'
import { PrintReport, type ReportData } from './PrintReport'

export default function PrintPreview({ reports, onClose }: { reports: readonly ReportData[]; onClose: () => void }) {
  const t = useT()
  const lang = useLang()
  const sheets = useRef<HTMLDivElement>(null)
  const titleRef = useRef<HTMLHeadingElement>(null)
  const close = useRef(onClose)
  useEffect(() => {
    close.current = onClose
  })
  const generated = todayInShanghai()

  useEffect(() => {
    // Modal: the page behind is inert and does not scroll; focus comes back where it was.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const root = document.getElementById('root')
    root?.setAttribute('inert', '')
    const overflow = document.body.style.overflow
    document.body.style.overflow = 'hidden'
    titleRef.current?.focus()
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close.current()
    }
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('keydown', onKey)
      root?.removeAttribute('inert')
      document.body.style.overflow = overflow
      opener?.focus()
    }
  }, [])

  useLayoutEffect(() => {
    if (sheets.current) fitToPage(sheets.current)
  }, [reports, lang])

  return createPortal(
    <div className="print-root fixed inset-0 z-50 overflow-auto bg-slate-200" role="dialog" aria-modal="true" aria-labelledby="print-preview-title">
      <div className="print-toolbar sticky top-0 z-10 mb-4 border-b border-slate-300 bg-white px-4 py-3 shadow-sm">
        <div className="mx-auto flex max-w-[210mm] flex-wrap items-center justify-between gap-3">
          <div>
            <h2 id="print-preview-title" ref={titleRef} tabIndex={-1} className="text-lg font-semibold text-slate-900">
              {t('print.preview.title')}
            </h2>
            <p className="text-sm text-slate-700">
              {t('print.preview.count', { count: reports.length })} {t('print.preview.hint')}
            </p>
          </div>
          <div className="flex gap-2">
            <button type="button" onClick={() => window.print()} className="btn-primary">
              {t('print.preview.print')}
            </button>
            <button type="button" onClick={onClose} className="btn-secondary">
              {t('print.preview.close')}
            </button>
          </div>
        </div>
      </div>
      <div ref={sheets} className="overflow-x-auto px-2 pb-4 sm:px-4">
        {reports.map((r, i) => (
          <div key={i} className="print-sheet">
            <PrintReport {...r} generated={generated} headingId={`print-report-${i}`} />
          </div>
        ))}
      </div>
    </div>,
    document.body,
  )
}
