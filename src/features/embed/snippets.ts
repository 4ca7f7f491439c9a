// The two install snippets the builder offers: the one-line loader, and a plain <iframe> for CMSs
// that strip scripts (fixed height, since nothing on the host page can resize it).
import { widgetSearch, type EmbedOptions } from './params'

/** Fixed height of the plain iframe: the first wizard step fits on a phone without inner scrolling. */
export const IFRAME_FALLBACK_HEIGHT = 900

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/** `appBase` is the directory URL the app is served from, ending in "/". */
export function scriptSnippet(appBase: string, options: EmbedOptions): string {
  const data = [
    `data-lang="${options.lang}"`,
    options.color && `data-color="${attr(options.color)}"`,
    options.compact && 'data-compact="1"',
    options.events.length > 0 && `data-events="${options.events.join(',')}"`,
    options.cta && `data-cta="${attr(options.cta)}"`,
    options.cta && options.ctaLabel && `data-cta-label="${attr(options.ctaLabel)}"`,
  ].filter(Boolean)
  return `<script src="${attr(appBase + 'embed.js')}" ${data.join(' ')} async></script>`
}

/** `allow="clipboard-write"`: copying from inside the frame needs it. */
export function iframeSnippet(appBase: string, options: EmbedOptions, title: string): string {
  const src = appBase + widgetSearch(options)
  return (
    `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${IFRAME_FALLBACK_HEIGHT}"` +
    ` allow="clipboard-write" style="border:0;display:block" loading="lazy"></iframe>`
  )
}

/** The directory of the current page ("https://a.example/app/?view=embed" → "https://a.example/app/"). */
export function appBaseOf(href: string): string {
  return new URL('./', href).href
}
