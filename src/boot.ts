// The page's entry: let the browser paint the prerendered first screen, then run the app. Its
// chunks are already on their way (modulepreload in index.html, see scripts/prerender-plugin.mjs),
// so this costs one frame, not a round trip. A hidden page or an iframe out of view gets no frame
// soon: the timer starts the app anyway.
import './index.css'
import { firstScreenKey, pageStorage, readStamp } from './pwa/first-screen'

// What the first screen will be rendered from, read before any of the app's modules touches it.
const key = firstScreenKey(location.search, location.hash, pageStorage())
// The prerendered screen is the empty calculator in Chinese. Where the app will show another (the
// widget, another screen, a share link, a saved draft or language), hide it until the app has
// rendered the right one, rather than show the wrong screen first. (Module scripts run once the
// HTML is parsed; this one is small and usually here before the stylesheet, so before any paint.)
if (readStamp(document.getElementById('root')?.dataset.prerender)?.key !== key) document.documentElement.setAttribute('data-rerender', '')

// Fields typed into before the app has taken over the prerendered form: React does not see those
// edits, so main.tsx hands them to it once it has (no typed input is dropped).
const typedEarly = new Set<EventTarget>()
const record = (e: Event) => e.target && typedEarly.add(e.target)
addEventListener('input', record, true)
addEventListener('change', record, true)
const stopRecording = () => {
  removeEventListener('input', record, true)
  removeEventListener('change', record, true)
  return typedEarly
}

let started = false
const start = () => {
  if (started) return
  started = true
  void import('./main').then((m) => m.start(key, stopRecording))
}
requestAnimationFrame(() => setTimeout(start, 0))
setTimeout(start, 200)
