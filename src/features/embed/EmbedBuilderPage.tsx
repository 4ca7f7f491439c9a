// The embed builder (?view=embed): a site owner picks language, colour, compact mode and events,
// sees the widget live, and copies the one-line loader or a plain iframe.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { translate, useLang, useT } from '../../i18n/i18n'
import { registerMessages, type Lang } from '../../i18n/catalog'
import * as messages from '../../i18n/messages/embed'
import * as builderMessages from '../../i18n/messages/embed-builder'
import { accentShades, parseHexColor } from './color'
import { checkCtaLabel, checkOrigin, CTA_LABEL_MAX, normaliseColor, widgetSearch, type EmbedOptions } from './params'
import { parseWidgetMessage, revealScroll, viewportMessage, type ResultMessage } from './protocol'
import { IFRAME_FALLBACK_HEIGHT, appBaseOf, iframeSnippet, scriptSnippet } from './snippets'

registerMessages(messages)
registerMessages(builderMessages)

const SANDBOX = 'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"'
const LISTEN_CODE = `document.addEventListener('sh-points:result', (event) => {
  const { total, threshold, meetsThreshold, status } = event.detail
})`
const CTA_CODE = `document.addEventListener('sh-points:cta', (event) => {
  const { total, status } = event.detail // sent only when the visitor pressed the button
})`
/** Wait this long after the last change before reloading the preview (typing a colour). */
const PREVIEW_DELAY_MS = 400

const inputClass = 'mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5 aria-[invalid=true]:border-red-700'

export default function EmbedBuilderPage() {
  const t = useT()
  const uiLang = useLang()
  const [lang, setWidgetLang] = useState<Lang>(uiLang)
  const [colorText, setColorText] = useState('')
  const [compact, setCompact] = useState(false)
  const [sendResult, setSendResult] = useState(false)
  const [originText, setOriginText] = useState('')
  const [ctaText, setCtaText] = useState('')
  const [ctaLabelText, setCtaLabelText] = useState('')
  const ids = useId()

  const color = colorText.trim() ? normaliseColor(colorText) : undefined
  const shades = color ? accentShades(parseHexColor(color)!) : undefined
  const originCheck = originText.trim() ? checkOrigin(originText) : undefined
  const origin = originCheck ? (originCheck.ok ? originCheck.origin : null) : undefined
  const cta = ctaText.trim() ? checkCta(ctaText, origin ?? undefined) : undefined
  const ctaLabel = ctaLabelText.trim() ? checkCtaLabel(ctaLabelText) : undefined
  const ctaOptions = cta?.ok ? { cta: cta.url, ...(ctaLabel ? { ctaLabel } : {}) } : {}
  const options: EmbedOptions = { lang, compact, events: sendResult ? ['result'] : [], ...(color ? { color } : {}), ...ctaOptions }
  const appBase = appBaseOf(location.href)
  const title = translate(lang, 'embed.widget.title')

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold text-slate-900">{t('embed.builder.title')}</h1>
        <p className="max-w-3xl text-slate-700">{t('embed.builder.intro')}</p>
      </header>

      <div className="grid gap-6 lg:grid-cols-2">
        <div className="min-w-0 space-y-6">
          <section aria-labelledby={`${ids}settings`} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
            <h2 id={`${ids}settings`} className="text-lg font-semibold">{t('embed.builder.settings')}</h2>

            <fieldset>
              <legend className="font-medium">{t('embed.builder.lang')}</legend>
              <div className="mt-1 flex flex-wrap gap-4">
                {(['zh', 'en'] as const).map((l) => (
                  <label key={l} className="flex items-center gap-2">
                    <input type="radio" name={`${ids}lang`} value={l} checked={lang === l} onChange={() => setWidgetLang(l)} />
                    {t(`embed.builder.lang.${l}`)}
                  </label>
                ))}
              </div>
            </fieldset>

            <div>
              <label htmlFor={`${ids}color`} className="font-medium">{t('embed.builder.color')}</label>
              <div className="flex items-end gap-2">
                <input
                  id={`${ids}color`}
                  value={colorText}
                  onChange={(e) => setColorText(e.target.value)}
                  placeholder="#0f766e"
                  spellCheck={false}
                  autoComplete="off"
                  aria-invalid={color === null}
                  aria-describedby={`${ids}color-hint ${ids}color-msg`}
                  className={inputClass + ' font-mono'}
                />
                <input
                  type="color"
                  value={color ?? '#0f766e'}
                  onChange={(e) => setColorText(e.target.value)}
                  aria-label={t('embed.builder.colorPicker')}
                  className="h-9 w-12 shrink-0 cursor-pointer rounded border border-slate-400 bg-white"
                />
              </div>
              <p id={`${ids}color-hint`} className="mt-1 text-sm text-slate-600">{t('embed.builder.colorHint')}</p>
              <p id={`${ids}color-msg`} className="mt-1 text-sm">
                {color === null ? (
                  <span className="text-red-700">{t('embed.builder.colorInvalid', { value: colorText.trim() })}</span>
                ) : shades?.adjusted ? (
                  <span className="flex items-center gap-2 text-slate-700">
                    <span aria-hidden="true" className="inline-block size-4 shrink-0 rounded border border-slate-400" style={{ background: shades[600] }} />
                    {t('embed.builder.colorAdjusted', { color: shades[600] })}
                  </span>
                ) : null}
              </p>
            </div>

            <label className="flex items-start gap-2">
              <input type="checkbox" className="mt-1" checked={compact} onChange={(e) => setCompact(e.target.checked)} />
              <span>{t('embed.builder.compact')}</span>
            </label>

            <div>
              <label className="flex items-start gap-2">
                <input
                  type="checkbox"
                  className="mt-1"
                  checked={sendResult}
                  onChange={(e) => setSendResult(e.target.checked)}
                  aria-describedby={`${ids}events-hint`}
                />
                <span>{t('embed.builder.events')}</span>
              </label>
              <p id={`${ids}events-hint`} className="ml-6 mt-1 text-sm text-slate-600">{t('embed.builder.eventsHint')}</p>
            </div>

            <div>
              <label htmlFor={`${ids}origin`} className="font-medium">{t('embed.builder.origin')}</label>
              <input
                id={`${ids}origin`}
                type="url"
                value={originText}
                onChange={(e) => setOriginText(e.target.value)}
                placeholder="https://www.example.com"
                spellCheck={false}
                autoComplete="off"
                aria-invalid={origin === null}
                aria-describedby={`${ids}origin-hint ${ids}origin-msg`}
                className={inputClass + ' font-mono'}
              />
              <p id={`${ids}origin-hint`} className="mt-1 text-sm text-slate-600">{t('embed.builder.originHint')}</p>
              <p id={`${ids}origin-msg`} className="mt-1 text-sm text-red-700">
                {originCheck?.ok === false &&
                  t(originCheck.problem === 'wildcard' ? 'embed.builder.originWildcard' : 'embed.builder.originInvalid', { value: originText.trim() })}
              </p>
            </div>

            <fieldset className="space-y-3">
              <legend className="font-medium">{t('embed.builder.cta')}</legend>
              <p id={`${ids}cta-hint`} className="text-sm text-slate-600">{t('embed.builder.ctaHint')}</p>
              <div>
                <label htmlFor={`${ids}cta`}>{t('embed.builder.ctaUrl')}</label>
                <input
                  id={`${ids}cta`}
                  type="url"
                  value={ctaText}
                  onChange={(e) => setCtaText(e.target.value)}
                  placeholder="https://www.example.com/contact"
                  spellCheck={false}
                  autoComplete="off"
                  aria-invalid={cta?.ok === false}
                  aria-describedby={`${ids}cta-hint ${ids}cta-msg`}
                  className={inputClass + ' font-mono'}
                />
                <p id={`${ids}cta-msg`} className="mt-1 text-sm text-red-700">
                  {cta?.ok === false && t(cta.problem === 'otherOrigin' ? 'embed.builder.ctaOtherOrigin' : 'embed.builder.ctaInvalid', { value: ctaText.trim(), origin: origin ?? '' })}
                </p>
              </div>
              <div>
                <label htmlFor={`${ids}cta-label`}>{t('embed.builder.ctaLabel', { max: CTA_LABEL_MAX })}</label>
                <input
                  id={`${ids}cta-label`}
                  value={ctaLabelText}
                  onChange={(e) => setCtaLabelText(e.target.value)}
                  placeholder={t('embed.builder.ctaLabelPlaceholder')}
                  autoComplete="off"
                  aria-invalid={ctaLabel === null}
                  aria-describedby={`${ids}cta-label-msg`}
                  className={inputClass}
                />
                <p id={`${ids}cta-label-msg`} className="mt-1 text-sm text-red-700">
                  {ctaLabel === null && t('embed.builder.ctaLabelInvalid', { max: CTA_LABEL_MAX })}
                </p>
              </div>
            </fieldset>
          </section>

          <Snippet title={t('embed.builder.scriptTitle')} hint={t('embed.builder.scriptHint')} code={scriptSnippet(appBase, options)} />
          <Snippet
            title={t('embed.builder.iframeTitle')}
            hint={t('embed.builder.iframeHint', { height: IFRAME_FALLBACK_HEIGHT })}
            code={iframeSnippet(appBase, { ...options, ...(origin ? { parentOrigin: origin } : {}) }, title)}
          >
            {sendResult && !origin && <p className="text-sm text-slate-700">{t('embed.builder.originMissing')}</p>}
            {cta?.ok && !origin && <p className="text-sm text-slate-700">{t('embed.builder.ctaOriginMissing')}</p>}
          </Snippet>

          {sendResult && (
            <section aria-labelledby={`${ids}listen`} className="space-y-2">
              <h2 id={`${ids}listen`} className="text-lg font-semibold">{t('embed.builder.listenTitle')}</h2>
              <p className="text-sm text-slate-700">{t('embed.builder.listenHint')}</p>
              <pre className="whitespace-pre-wrap wrap-anywhere rounded bg-slate-900 p-3 text-xs text-slate-50"><code>{LISTEN_CODE}</code></pre>
            </section>
          )}
          {cta?.ok && (
            <section aria-labelledby={`${ids}cta-listen`} className="space-y-2">
              <h2 id={`${ids}cta-listen`} className="text-lg font-semibold">{t('embed.builder.ctaListenTitle')}</h2>
              <p className="text-sm text-slate-700">{t('embed.builder.ctaListenHint')}</p>
              <pre className="whitespace-pre-wrap wrap-anywhere rounded bg-slate-900 p-3 text-xs text-slate-50"><code>{CTA_CODE}</code></pre>
            </section>
          )}

          <section aria-labelledby={`${ids}sandbox`} className="space-y-2">
            <h2 id={`${ids}sandbox`} className="text-lg font-semibold">{t('embed.builder.sandboxTitle')}</h2>
            <p className="text-sm text-slate-700">{t('embed.builder.sandboxHint')}</p>
            <pre className="whitespace-pre-wrap wrap-anywhere rounded bg-slate-100 p-3 text-xs text-slate-900"><code>{SANDBOX}</code></pre>
          </section>
        </div>

        {/* The preview is framed by this page, so a call to action on the partner's site is left out of it. */}
        <Preview src={appBase + widgetSearch({ lang, compact, events: options.events, ...(color ? { color } : {}), parentOrigin: location.origin })} showResults={sendResult} />
      </div>
    </div>
  )
}

/** The call-to-action URL as the builder checks it: absolute http(s), and on the site's origin when that is known. */
function checkCta(value: string, origin: string | undefined): { ok: true; url: string } | { ok: false; problem: 'invalid' | 'otherOrigin' } {
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    return { ok: false, problem: 'invalid' }
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password || !checkOrigin(url.origin).ok) return { ok: false, problem: 'invalid' }
  return origin && url.origin !== origin ? { ok: false, problem: 'otherOrigin' } : { ok: true, url: url.href }
}

function Snippet({ title, hint, code, children }: { title: string; hint: string; code: string; children?: ReactNode }) {
  const t = useT()
  const ids = useId()
  const area = useRef<HTMLTextAreaElement>(null)
  // The outcome belongs to the code that was copied; a changed snippet clears it.
  const [copied, setCopied] = useState<{ code: string; ok: boolean } | null>(null)
  const outcome = copied?.code === code ? copied.ok : undefined

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code)
      setCopied({ code, ok: true })
    } catch {
      area.current?.select()
      setCopied({ code, ok: false })
    }
  }

  return (
    <section aria-labelledby={`${ids}title`} className="space-y-2">
      <h2 id={`${ids}title`} className="text-lg font-semibold">{title}</h2>
      <p id={`${ids}hint`} className="text-sm text-slate-700">{hint}</p>
      <textarea
        ref={area}
        readOnly
        value={code}
        rows={4}
        spellCheck={false}
        aria-labelledby={`${ids}title`}
        aria-describedby={`${ids}hint`}
        onFocus={(e) => e.currentTarget.select()}
        className="block w-full resize-y rounded border border-slate-400 bg-slate-50 p-2 font-mono text-xs text-slate-900"
      />
      {children}
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" onClick={() => void copy()} className="rounded bg-accent-600 px-3 py-1.5 font-medium text-white hover:bg-accent-700">
          {t('embed.builder.copy')}
        </button>
        <p role="status" className={outcome === false ? 'text-sm text-red-700' : 'text-sm text-slate-700'}>
          {outcome === true ? t('embed.builder.copied') : outcome === false ? t('embed.builder.copyFailed') : ''}
        </p>
      </div>
    </section>
  )
}

function Preview({ src, showResults }: { src: string; showResults: boolean }) {
  const t = useT()
  const ids = useId()
  const frame = useRef<HTMLIFrameElement>(null)
  const [shownSrc, setShownSrc] = useState(src)
  const [height, setHeight] = useState(IFRAME_FALLBACK_HEIGHT)
  const [lastResult, setLastResult] = useState<ResultMessage | null>(null)

  // Reload the preview once the settings stop changing.
  useEffect(() => {
    if (src === shownSrc) return
    const timer = setTimeout(() => {
      setShownSrc(src)
      setLastResult(null)
    }, PREVIEW_DELAY_MS)
    return () => clearTimeout(timer)
  }, [src, shownSrc])

  // The preview talks to this page exactly as the loader does for a host: check the window and the
  // origin, follow its height, reveal focused fields, and tell it where this page's viewport is.
  useEffect(() => {
    let pending = 0
    const sendViewport = () => {
      pending = 0
      const el = frame.current
      el?.contentWindow?.postMessage(viewportMessage(-el.getBoundingClientRect().top, window.innerHeight), location.origin)
    }
    const schedule = () => {
      pending ||= requestAnimationFrame(sendViewport)
    }
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.current?.contentWindow || event.origin !== location.origin) return
      const message = parseWidgetMessage(event.data)
      if (message?.type === 'resize') setHeight(message.height)
      else if (message?.type === 'result') setLastResult(message)
      else if (message?.type === 'reveal') window.scrollBy(0, revealScroll(frame.current.getBoundingClientRect().top, message, window.innerHeight))
      if (message?.type === 'ready' || message?.type === 'resize') schedule()
    }
    window.addEventListener('message', onMessage)
    window.addEventListener('scroll', schedule, { passive: true })
    window.addEventListener('resize', schedule)
    return () => {
      window.removeEventListener('message', onMessage)
      window.removeEventListener('scroll', schedule)
      window.removeEventListener('resize', schedule)
      cancelAnimationFrame(pending)
    }
  }, [])

  return (
    <section aria-labelledby={`${ids}title`} className="min-w-0 space-y-2">
      <h2 id={`${ids}title`} className="text-lg font-semibold">{t('embed.builder.preview')}</h2>
      <iframe
        ref={frame}
        src={shownSrc}
        title={t('embed.builder.previewFrame')}
        style={{ height }}
        className="block w-full rounded-lg border border-slate-300 bg-white"
      />
      {showResults && (
        <p className="text-sm text-slate-700" data-testid="preview-last-result">
          {lastResult
            ? t('embed.builder.lastResult', {
                total: lastResult.total,
                threshold: lastResult.threshold,
                met: t(lastResult.meetsThreshold ? 'embed.builder.met' : 'embed.builder.notMet'),
              })
            : t('embed.builder.noResultYet')}
        </p>
      )}
    </section>
  )
}
