import { startTransition } from 'react'
import type { Root } from 'react-dom/client'
import { i18nReady } from './i18n/i18n'
import { freezeToday, todayInShanghai } from './lib/today'
import { CLIENT_ONLY, firstScreenKey, pageStorage, readStamp } from './pwa/first-screen'
import { appElement, firstRenderReady } from './app/root'
import { engineReady } from './state/engine-loader'

/**
 * Render the app; `key` is what the first screen is rendered from (firstScreenKey, in boot.ts),
 * `typedEarly` stops boot.ts's recording and returns the fields typed into before hydration.
 */
export async function start(key: string, typedEarly: () => ReadonlySet<EventTarget> = () => new Set()): Promise<void> {
  const root = document.getElementById('root')
  if (!root) return
  // The engine chunk is preloaded with this one (scripts/prerender-plugin.mjs), so waiting for it
  // costs no round trip and the first render already has the score: no "loading" frame.
  // A later step's words likewise (off the first score's path: only when the app opens there).
  await Promise.all([i18nReady, engineReady.catch(() => undefined), firstRenderReady(location.search).catch(() => undefined)])
  // Evaluating the app's chunk, React's DOM renderer and starting React would be one long task:
  // give the browser a turn (input, a frame) between the three. The renderer is in the same chunk
  // (scripts/first-score.mjs), so importing it here costs no request; it is only evaluated here.
  await nextTask()
  const { createRoot, hydrateRoot } = await import('react-dom/client')
  await nextTask()
  const search = location.search
  const stamp = readStamp(root.dataset.prerender)
  // The state may have moved since boot.ts read it (a share link pasted into the open tab changes
  // only the fragment; a test or another tab writes storage): hydrate only if it has not.
  const now = firstScreenKey(location.search, location.hash, pageStorage())
  if (stamp && stamp.key === key && now === key) {
    // Same state as at build time: take over the prerendered markup on the date it was rendered
    // for; once all of it is hydrated, render again with today's date (nothing moves on the day
    // of the build).
    restoreStyles(root)
    freezeToday(stamp.today)
    // Hydrating as a transition lets React yield to the browser every few milliseconds instead
    // of holding the main thread for the whole tree; a field the user touches first is hydrated
    // first (React's selective hydration).
    let app: Root | undefined
    startTransition(() => {
      app = hydrateRoot(
        root,
        appElement(search, () => {
          freezeToday()
          if (todayInShanghai() !== stamp.today) app?.render(appElement(search))
          typedEarly().forEach(replayTyped)
        }),
        {
          // A part the build left to the browser (prerender.tsx) is rendered here by design.
          onRecoverableError: (error) => {
            if ((error as { digest?: string } | null)?.digest !== CLIENT_ONLY) reportError(error)
          },
        },
      )
    })
  } else {
    // A saved draft, another language or another screen: render afresh over the static markup
    // (also as a transition, in slices).
    root.replaceChildren()
    const app = createRoot(root)
    startTransition(() => app.render(appElement(search)))
  }
  // boot.ts hid the prerendered markup if it was not to be used; the app is there now.
  root.removeAttribute('data-prerender')
  // The service worker (and its downloads) waits until the page has loaded and is idle.
  const register = () => void import('./pwa/register').then((m) => m.registerServiceWorker())
  const whenIdle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(register, { timeout: 5000 }) : setTimeout(register, 1000))
  if (document.readyState === 'complete') whenIdle()
  else addEventListener('load', whenIdle, { once: true })
}

/**
 * A text field typed into before hydration keeps its text on screen, but React's value
 * tracker took that text for the field's own value, so no change reaches the draft. Set the
 * tracker back to the rendered value and fire the input event: React sees the typed text as a
 * change and its onChange stores it, as if typed now. (The prerendered first step has only such
 * fields; boxes, radios and selects are not replayed.)
 */
function replayTyped(target: EventTarget) {
  if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) return
  if (!target.isConnected || target.type === 'checkbox' || target.type === 'radio') return
  const typed = target.value
  const rendered = target.getAttribute('value') ?? ''
  if (typed === rendered) return
  const setValue = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(target), 'value')?.set
  if (!setValue) return
  target.value = rendered // through React's tracker
  setValue.call(target, typed) // past it
  target.dispatchEvent(new Event('input', { bubbles: true }))
}

/**
 * The prerendered HTML carries no style attribute (a CSP without 'unsafe-inline' would block it):
 * the build moved each to data-prerender-style, matched by a stylesheet. Put them back through the
 * CSSOM, which CSP allows, so that the DOM is what React rendered.
 */
function restoreStyles(root: HTMLElement) {
  for (const el of root.querySelectorAll<HTMLElement>('[data-prerender-style]')) {
    el.style.cssText = el.dataset.prerenderStyle ?? ''
    el.removeAttribute('data-prerender-style')
  }
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0))
