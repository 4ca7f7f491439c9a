import { lazy, Suspense, useEffect, useState } from 'react'
import { setLang, useLang, useT } from '../i18n/i18n'
import { lazyWithPreload } from '../lib/lazy'
import type { AppMode } from './view'
import { Calculator } from './Calculator'
import { ShareGate } from '../features/share/ShareGate'
import { ScreenBoundary } from '../components/ScreenBoundary'
import { usePreloadWhenIdle } from '../components/wizard/hooks'
import { DataVersionNote, UpdateBanner } from '../pwa/AppStatus'

// Secondary screens are lazy chunks: an applicant's first load does not pay for them.
const BatchPage = lazy(() => import('../features/batch/BatchPage'))
const EmbedBuilderPage = lazy(() => import('../features/embed/EmbedBuilderPage'))
const EmbedWidget = lazy(() => import('../features/embed/EmbedWidget'))
// "What changed for you" (it keeps the draft's last score and tells of a data update's effect): not
// needed for the first score, so it starts once the browser is idle.
const ScoreKeeper = lazyWithPreload(() => import('../pwa/ScoreKeeper'), (m) => m.ScoreKeeper)

function ScoreKeeperWhenIdle() {
  const [loaded, setLoaded] = useState(false)
  usePreloadWhenIdle([() => ScoreKeeper.preload().then(() => setLoaded(true))])
  return loaded ? (
    <Suspense fallback={null}>
      <ScoreKeeper />
    </Suspense>
  ) : null
}

export function App({ mode }: { mode: AppMode }) {
  const t = useT()
  const lang = useLang()

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en'
    document.title = t('app.title')
  }, [lang, t])

  if (mode.embed) {
    return (
      // Named, so that it stays distinct from the host page's own main landmark.
      <main id="main" aria-label={t('app.title')} className="mx-auto max-w-5xl">
        <Suspense fallback={<p role="status">{t('view.loading')}</p>}>
          <ScreenBoundary name="widget">
            <EmbedWidget />
          </ScreenBoundary>
        </Suspense>
        <UpdateBanner />
      </main>
    )
  }

  const navItems = [
    { href: './', view: 'calculator', label: t('nav.calculator') },
    { href: './?view=batch', view: 'batch', label: t('nav.batch') },
    { href: './?view=embed', view: 'embed-builder', label: t('nav.embed') },
  ] as const

  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
        {t('app.skip')}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <div>
            <h1 className="text-base font-semibold text-slate-900 sm:text-lg">{t('app.title')}</h1>
            <p className="text-sm text-slate-600">{t('app.subtitle')}</p>
          </div>
          <div className="flex w-full items-center justify-between gap-2 sm:w-auto sm:gap-3">
            <nav aria-label={t('nav.label')}>
              <ul className="flex flex-wrap gap-x-1 text-sm">
                {navItems.map((item) => (
                  <li key={item.view}>
                    <a
                      href={item.href}
                      aria-current={mode.view === item.view ? 'page' : undefined}
                      className="block rounded px-1.5 py-1 text-slate-700 hover:bg-slate-100 sm:px-2 aria-[current=page]:bg-accent-50 aria-[current=page]:font-semibold aria-[current=page]:text-accent-700"
                    >
                      {item.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            <button
              type="button"
              onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
              aria-label={t('lang.switchLabel')}
              lang={lang === 'zh' ? 'en' : 'zh-CN'}
              className="shrink-0 rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100"
            >
              {t('lang.switch')}
            </button>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-4">
        {mode.view === 'calculator' && <ScoreKeeperWhenIdle />}
        <Suspense fallback={<p role="status">{t('view.loading')}</p>}>
          <ScreenBoundary key={mode.view} name={mode.view}>
            {mode.view === 'batch' ? (
              <BatchPage />
            ) : mode.view === 'embed-builder' ? (
              <EmbedBuilderPage />
            ) : (
              <ShareGate>
                <Calculator />
              </ShareGate>
            )}
          </ScreenBoundary>
        </Suspense>
      </main>
      <footer className="mx-auto max-w-6xl px-4 pb-8 text-sm text-slate-600">
        <p>{t('app.privacy')}</p>
        <p>{t('app.disclaimer')}</p>
        <DataVersionNote />
      </footer>
      <UpdateBanner />
    </>
  )
}
