// Widget mode (?embed=1): the wizard inside a host's iframe, with its own score bar that stays in
// the host's viewport, and a short result that hands over to the full app in a new tab. Applies
// the validated parameters, talks to the host page (ready, resize, reveal, opt-in results, the
// call to action; validated, coalesced prefill) and tells the visitor what the host receives.
import { Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { setLang, useLangStore, useT } from '../../i18n/i18n'
import { registerMessages } from '../../i18n/catalog'
import * as messages from '../../i18n/messages/embed'
import * as later from '../../i18n/messages/later'
import { lazyWithPreload } from '../../lib/lazy'
import { safeStorage } from '../../lib/storage'
import { todayInShanghai } from '../../lib/today'
import { replaceDraft, setPersistence, useAssessment, useDraftStore } from '../../state/draft-store'
import { selectScope } from '../../state/persist'
import { ClearData } from '../../components/wizard/ClearData'
import { usePreloadWhenIdle, useStepFocus } from '../../components/wizard/hooks'
import { loadFieldErrors } from '../../state/engine-loader'
import { StepItems } from '../../components/wizard/StepItems'
import { StepList } from '../../components/wizard/StepList'
import { InsuranceEditor, LaterField, StepView } from '../../components/wizard/StepView'
import { STEPS } from '../../components/wizard/steps'
import type { AccentShades } from './color'
import { hostOf, parseEmbedParams, type EmbedParams } from './params'
import {
  readyMessage,
  resizeMessage,
  resultMessage,
  revealMessage,
  screenHostMessage,
  validatePrefill,
  type PrefillMessage,
} from './protocol'
import { startResizeReporter } from './resize'
import { WidgetScore } from './WidgetScore'

registerMessages(later)
registerMessages(messages)

const WidgetResult = lazyWithPreload(() => import('./WidgetResult'), (m) => m.WidgetResult)

/** A result is sent once the score has been stable this long (typing a date passes through several). */
export const RESULT_DELAY_MS = 300
/** Room left between the score bar and a revealed field. */
const REVEAL_MARGIN = 8

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
  const bar = useRef<HTMLDivElement>(null)
  const { parentOrigin } = params
  const sendsResults = params.events.has('result') && parentOrigin !== undefined
  // Messages without data may go to any parent when no origin was given; results never do.
  const anyParent = parentOrigin ?? '*'
  const { assessment, pending } = useAssessment()
  const hasAnswers = useDraftStore((s) => Object.keys(s.draft).length > 1)
  const stepId = useDraftStore((s) => s.stepId)
  const step = STEPS.find((s) => s.id === stepId) ?? STEPS[0]!

  // Before the first paint: colour and (if storage is blocked) memory-only drafts.
  useLayoutEffect(() => {
    selectScope('widget')
    if (!persistent) setPersistence('memory')
    if (params.problems.length) console.warn(`sh-points widget: ignored invalid parameter(s):\n${params.problems.join('\n')}`)
    return params.accent ? applyAccent(document.documentElement, params.accent) : undefined
  }, [params, persistent])

  // The visitor's own input or a host prefill, as opposed to a draft restored from storage; and
  // when the draft last changed (read by the result timer, which may run before React re-renders).
  const [touched, setTouched] = useState(false)
  const lastChange = useRef(0)
  useEffect(
    () =>
      useDraftStore.api().subscribe((s, prev) => {
        if (s.draft === prev.draft && s.asOfOverride === prev.asOfOverride) return
        lastChange.current = performance.now()
        setTouched(true)
      }),
    [],
  )

  const readySent = useRef(false)
  useEffect(() => {
    // Ready once interactive: the engine has loaded and the score is real.
    if (readySent.current || pending) return
    readySent.current = true
    parent.postMessage(readyMessage(), anyParent)
  }, [parent, anyParent, pending])

  // The score bar follows the host's viewport (the frame itself is as tall as its content, so
  // `position: sticky` alone never moves): shifted to the viewport's top edge, within the widget.
  const viewport = useRef<{ top: number; height: number } | null>(null)
  const placeBar = useRef(() => {
    const v = viewport.current
    const el = bar.current
    const root = content.current
    if (!v || !el || !root) return
    const natural = root.getBoundingClientRect().top + window.scrollY + el.offsetTop
    const room = root.offsetHeight - el.offsetTop - el.offsetHeight
    const shift = Math.round(Math.max(0, Math.min(v.top - natural, room)))
    el.style.transform = shift ? `translateY(${shift}px)` : ''
    el.dataset.shifted = shift ? 'true' : 'false'
  }).current

  useEffect(() => {
    const el = content.current
    return el
      ? startResizeReporter(el, (height) => {
          parent.postMessage(resizeMessage(height), anyParent)
          placeBar()
        })
      : undefined
  }, [parent, anyParent, placeBar])

  // A prefill received and not yet applied (results wait for it: a burst is one change).
  const queued = useRef<PrefillMessage | null>(null)
  useEffect(() => {
    // Prefills are coalesced: a burst costs one validation and one render, for the latest.
    let timer: ReturnType<typeof setTimeout> | undefined
    const flush = () => {
      timer = undefined
      const message = queued.current
      queued.current = null
      if (!message) return
      const action = validatePrefill(message, todayInShanghai())
      if (action.kind === 'prefill') replaceDraft(action.profile)
      else if (action.kind === 'reject') parent.postMessage(action.reply, parentOrigin!)
    }
    const onMessage = (event: MessageEvent) => {
      const message = screenHostMessage(event, { parentOrigin, parent })
      if (message?.type === 'viewport') {
        viewport.current = { top: message.top, height: message.height }
        placeBar()
      } else if (message?.type === 'prefill') {
        queued.current = message
        timer ??= setTimeout(flush, 0)
      }
    }
    window.addEventListener('message', onMessage)
    return () => {
      window.removeEventListener('message', onMessage)
      clearTimeout(timer)
    }
  }, [parent, parentOrigin, placeBar])

  useEffect(() => {
    // A focused field is shown below the score bar: ask the host to scroll that far.
    const root = content.current
    const onFocus = (event: FocusEvent) => {
      const target = event.target
      if (!(target instanceof Element) || bar.current?.contains(target)) return
      const r = target.getBoundingClientRect()
      const barHeight = bar.current?.offsetHeight ?? 0
      parent.postMessage(revealMessage(r.top + window.scrollY - barHeight - REVEAL_MARGIN, r.bottom + window.scrollY + REVEAL_MARGIN), anyParent)
    }
    root?.addEventListener('focusin', onFocus)
    return () => root?.removeEventListener('focusin', onFocus)
  }, [parent, anyParent])

  const lastSent = useRef('')
  const result = resultMessage(assessment)
  const resultKey = JSON.stringify(result)
  useEffect(() => {
    // Never on load, never for an empty draft; once the draft has been quiet for RESULT_DELAY_MS
    // with no prefill waiting (a slowly delivered burst is one change); only when it changed.
    if (!sendsResults || pending || !touched || !hasAnswers || resultKey === lastSent.current) return
    const send = () => {
      const quiet = performance.now() - lastChange.current
      if (queued.current || quiet < RESULT_DELAY_MS) {
        id = setTimeout(send, Math.max(RESULT_DELAY_MS - quiet, 50))
        return
      }
      lastSent.current = resultKey
      parent.postMessage(JSON.parse(resultKey), parentOrigin)
    }
    let id = setTimeout(send, RESULT_DELAY_MS)
    return () => clearTimeout(id)
  }, [sendsResults, pending, touched, hasAnswers, resultKey, parent, parentOrigin])

  useStepFocus(stepId)
  // The field errors' words too, so that a wrong entry's message shows with its score.
  usePreloadWhenIdle([LaterField.preload, InsuranceEditor.preload, WidgetResult.preload, loadFieldErrors])

  const host = parentOrigin ? hostOf(parentOrigin) : ''
  return (
    // flow-root: child margins count in the measured height; relative: the bar's offsets.
    <div
      ref={content}
      data-testid="embed-widget"
      data-compact={params.compact || undefined}
      className={`relative flow-root ${params.compact ? 'p-1 text-sm' : 'p-2 sm:p-3'}`}
    >
      <h1 className="sr-only">{t('embed.widget.title')}</h1>
      <WidgetScore ref={bar} />
      <div className="mt-3 space-y-3">
        {sendsResults && (
          <p role="note" className="rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-700">
            {t('embed.widget.resultNotice', { host, threshold: assessment.threshold })}
          </p>
        )}
        <StepList current={step.id} />
        {step.id === 'result' ? (
          <Suspense fallback={<p role="status">{t('view.loading')}</p>}>
            <WidgetResult params={params} parent={parent} />
          </Suspense>
        ) : (
          <StepView step={step} items={<StepItems step={step} />} />
        )}
        {!persistent && hasAnswers && <p className="text-sm text-slate-700">{t('embed.widget.memoryNotice')}</p>}
        <ClearData widget />
      </div>
    </div>
  )
}

