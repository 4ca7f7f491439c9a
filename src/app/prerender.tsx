// Build-time render of the first screen (scripts/prerender-plugin.ts runs it in Node, after giving
// it an empty localStorage and the page's location). It waits for the language, the engine and any
// lazy part of the first screen, so the HTML holds the same screen, score included, as the app's
// first render in a fresh browser. It also tells the build which rules and wage data it holds.
import { prerender } from 'react-dom/static'
import { i18nReady } from '../i18n/i18n'
import { todayInShanghai } from '../lib/today'
import { engineReady } from '../state/engine-loader'
import { DATA_VERSION, type DataVersion } from '../pwa/data-version'
import { CLIENT_ONLY, firstScreenKey, pageStorage, type PrerenderStamp } from '../pwa/first-screen'
import { appElement } from './root'

export async function render(): Promise<{ html: string; stamp: PrerenderStamp; data: DataVersion }> {
  await Promise.all([i18nReady, engineReady])
  const { prelude } = await prerender(appElement(location.search), {
    // A part that cannot render in Node (a portal, a browser-only API) is left to the browser: its
    // Suspense boundary is rendered by the client, which knows it by this digest (src/main.tsx).
    onError(error) {
      console.warn(`prerender: a part of the first screen is left to the browser (${error instanceof Error ? error.message : String(error)})`)
      return CLIENT_ONLY
    },
  })
  const html = await new Response(prelude).text()
  return { html, stamp: { key: firstScreenKey(location.search, location.hash, pageStorage()), today: todayInShanghai() }, data: DATA_VERSION }
}
