// Widget mode (?embed=1): the wizard and live score inside a host's iframe. Applies the validated
// parameters, talks to the host page (ready, resize, opt-in results; validated prefill) and tells
// the visitor what the host receives.
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { Calculator } from '../wizard/Calculator'
import { setLang, useLangStore, useT } from '../../i18n/i18n'
import { registerMessages } from '../../i18n/catalog'
import * as messages from '../../i18n/messages/embed'
import { safeStorage } from '../../lib/storage'
import { todayInShanghai } from '../../lib/today'
import { replaceDraft, setPersistence, useAssessment, useDraftStore } from '../../state/draft-store'
import { selectScope } from '../../state/persist'
import type { AccentShades } from './color'
import { parseEmbedParams, type EmbedParams } from './params'
import { handleHostMessage, readyMessage, resizeMessage, resultMessage } from './protocol'
import { startResizeReporter } from './resize'

registerMessages(messages)

const ACCENT_VARS = ['600', '700', '50'] as const

function applyAccent(root: HTMLElement, accent: AccentShades): () => void {
  for (const shade of ACCENT_VARS) root.style.setProperty(`--color-accent-${shade}`, accent[shade])
  return () => ACCENT_VARS.forEach((shade) => root.style.removeProperty(`--color-accent-${shade}`))
}

export interface EmbedWidgetProps {
  params?: EmbedParams
  /** The window that frames us (tests pass their own). */
  parent?: Window
  /** Whether drafts survive a reload here; false in a storage-blocked third-party iframe. */
  persistent?: boolean
}

/** Applies ?lang= first (English may have to load), so the widget never shows the wrong language. */
export default function EmbedWidget(props: EmbedWidgetProps) {
  const [params] = useState(() => props.params ?? parseEmbedParams(location.search))
  const t = useT()
  const [langReady, setLangReady] = useState(() => !params.lang || params.lang === useLangStore.getState().lang)
  useLayoutEffect(() => {
    // Resolves once switched, or with the language unchanged if it could not load (offline).
    if (params.lang) void setLang(params.lang, false).then(() => setLangReady(true))
  }, [params.lang])
  return langReady ? <Widget {...props} params={params} /> : <p role="status">{t('view.loading')}</p>
}

function Widget({ params, parent = window.parent, persistent = safeStorage.persistent }: EmbedWidgetProps & { params: EmbedParams }) {
  const t = useT()
  const content = useRef<HTMLDivElement>(null)
  const { parentOrigin } = params
  const sendsResults = params.events.has('result') && parentOrigin !== undefined
  // Messages without data may go to any parent when no origin was given; results never do.
  const anyParent = parentOrigin ?? '*'
  const { assessment, pending } = useAssessment()
  const { total, threshold, meetsThreshold } = assessment
  const hasAnswers = useDraftStore((s) => Object.keys(s.draft).length > 1)

  // Before the first paint: colour and (if storage is blocked) memory-only drafts.
  useLayoutEffect(() => {
    selectScope('widget')
    if (!persistent) setPersistence('memory')
    if (params.ignored.length) console.warn(`sh-points widget: ignored invalid parameter(s): ${params.ignored.join(', ')}`)
    return params.accent ? applyAccent(document.documentElement, params.accent) : undefined
  }, [params, persistent])

  const readySent = useRef(false)
  useEffect(() => {
    // Ready once interactive: the engine has loaded and the score is real.
    if (readySent.current || pending) return
    readySent.current = true
    parent.postMessage(readyMessage(), anyParent)
  }, [parent, anyParent, pending])

  useEffect(() => {
    const el = content.current
    return el ? startResizeReporter(el, (height) => parent.postMessage(resizeMessage(height), anyParent)) : undefined
  }, [parent, anyParent])

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const action = handleHostMessage(event, { parentOrigin, parent }, todayInShanghai())
      if (action.kind === 'prefill') replaceDraft(action.profile)
      else if (action.kind === 'reject') parent.postMessage(action.reply, event.origin)
    }
    window.addEventListener('message', onMessage)
    return () => window.removeEventListener('message', onMessage)
  }, [parent, parentOrigin])

  useEffect(() => {
    if (sendsResults && !pending) parent.postMessage(resultMessage({ total, threshold, meetsThreshold }), parentOrigin)
  }, [sendsResults, pending, parent, parentOrigin, total, threshold, meetsThreshold])

  return (
    // flow-root: child margins count in the measured height.
    <div
      ref={content}
      data-testid="embed-widget"
      data-compact={params.compact || undefined}
      className={params.compact ? 'flow-root p-1 text-sm' : 'flow-root p-2 sm:p-3'}
    >
      <h1 className="sr-only">{t('embed.widget.title')}</h1>
      {sendsResults && (
        <p role="note" className="mb-2 rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-700">
          {t('embed.widget.resultNotice', { origin: parentOrigin, threshold })}
        </p>
      )}
      <Calculator embedded />
      {!persistent && hasAnswers && <p className="mt-2 text-sm text-slate-700">{t('embed.widget.memoryNotice')}</p>}
    </div>
  )
}
