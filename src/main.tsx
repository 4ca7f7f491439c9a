import { createRoot, hydrateRoot } from 'react-dom/client'
import { i18nReady } from './i18n/i18n'
import { freezeToday } from './lib/today'
import { firstScreenKey, readStamp } from './pwa/first-screen'
import { appElement } from './pwa/root'
import { engineReady } from './state/engine-loader'

const root = document.getElementById('root')
// The engine chunk is preloaded with this one (see scripts/prerender-plugin.ts), so waiting for it
// costs no round trip and the first render already has the score: no "loading" frame.
if (root)
  void Promise.all([i18nReady, engineReady.catch(() => undefined)]).then(() => {
    const search = location.search
    const stamp = readStamp(root.dataset.prerender)
    if (stamp && stamp.key === firstScreenKey(search, location.hash, safeLocalStorage())) {
      // Same state as at build time: take over the prerendered markup on the date it was rendered
      // for; once all of it is hydrated, render again with today's date (nothing moves on the day
      // of the build).
      freezeToday(stamp.today)
      const app = hydrateRoot(root, appElement(search, () => {
        freezeToday()
        app.render(appElement(search))
      }))
    } else {
      // A saved draft, another language or another screen: render afresh over the static markup.
      root.replaceChildren()
      createRoot(root).render(appElement(search))
    }
    void import('./pwa/register').then((m) => m.registerServiceWorker())
  })

function safeLocalStorage(): Storage | undefined {
  try {
    return localStorage
  } catch {
    return undefined
  }
}
