/// <reference types="vite-plugin-pwa/client" />
// Registers the service worker once the first screen is up (a chunk of its own, off the first
// load). A new version never takes over by itself: the page announces it (UpdateBanner) and the
// visitor reloads into it. The worker is the app's own, scoped to the app's folder: in the widget
// it serves the widget's files and nothing of the host page.
import { registerSW } from 'virtual:pwa-register'
import { isDataVersion } from './data-version'
import { useUpdateStore } from './update-store'

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return
  const update = registerSW({
    immediate: true,
    onNeedRefresh() {
      useUpdateStore.setState({ waiting: true, apply: () => void update(true) })
      // The new version's data, from the network (version.json is not precached).
      fetch('./version.json', { cache: 'no-store' })
        .then((r) => (r.ok ? r.json() : null))
        .then((v: unknown) => isDataVersion(v) && useUpdateStore.setState({ next: v }))
        .catch(() => undefined)
    },
  })
}
