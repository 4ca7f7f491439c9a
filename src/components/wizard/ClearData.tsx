import { useEffect, useRef, useState } from 'react'
import { useT } from '../../i18n/i18n'
import { resetDraft } from '../../state/draft-store'
import { clearedText, SaveStatus } from '../StorageNotices'

/**
 * "Clear my data" with a confirmation: clears every key of the current scope (the widget's scope
 * holds only its own keys) and says what it cleared. The widget shows no save line.
 */
export function ClearData({ widget = false }: { widget?: boolean }) {
  const t = useT()
  const [confirming, setConfirming] = useState(false)
  const [status, setStatus] = useState('')
  const cancel = useRef<HTMLButtonElement>(null)
  const question = widget ? 'widget-clear-question' : 'clear-question'
  useEffect(() => {
    if (confirming) cancel.current?.focus()
  }, [confirming])
  return (
    <div className={`flex flex-wrap items-center gap-3 text-sm ${widget ? 'justify-end' : 'justify-between text-slate-600'}`}>
      {!widget && <SaveStatus />}
      {confirming ? (
        <div role="group" aria-labelledby={question} className="flex flex-wrap items-center gap-2">
          <p id={question} className="font-medium text-slate-900">
            {t('wizard.clear.confirm')}
          </p>
          <button
            type="button"
            className="btn-danger"
            onClick={() => {
              const cleared = resetDraft()
              setConfirming(false)
              setStatus(clearedText(t, cleared))
              if (!widget) document.getElementById('step-title')?.focus()
            }}
          >
            {t('wizard.clear.yes')}
          </button>
          <button ref={cancel} type="button" className="btn-small" onClick={() => setConfirming(false)}>
            {t('wizard.clear.no')}
          </button>
        </div>
      ) : (
        <button type="button" className="btn-link" onClick={() => setConfirming(true)}>
          {t('wizard.clear')}
        </button>
      )}
      <p role="status" className="sr-only">
        {status}
      </p>
    </div>
  )
}
