// Shared Playwright fixture: every page records the requests it makes, and a test fails if any
// request leaves the app's own origin (privacy: no data leaves the browser). The one exception
// is the embed tests' host page (localhost:<port+1>, the embedding site of those tests): its own
// page may load from its origin, but nothing the app's frames request may go there or anywhere
// else. Any other origin, any other localhost port included, fails the test.
import { test as base, expect, type Request } from '@playwright/test'

const port = Number(process.env.E2E_PORT ?? 4173)
export const HOST_ORIGIN = `http://localhost:${Number(process.env.E2E_HOST_PORT ?? port + 1)}`

/** Why a request breaks the privacy promise, or null when it is allowed. */
export function offOrigin(req: Pick<Request, 'url' | 'frame' | 'isNavigationRequest'>, appOrigin: string): string | null {
  const url = new URL(req.url())
  if (url.protocol === 'data:' || url.protocol === 'blob:') return null
  if (url.origin === appOrigin) return null
  let from = ''
  try {
    const frame = req.frame()
    // A top-level navigation is the test's own (page.goto), whatever page was shown before.
    if (!(req.isNavigationRequest() && frame.parentFrame() === null)) from = new URL(frame.url()).origin
  } catch {
    // Service workers and requests without a frame: judged by their target alone.
  }
  if (url.origin === HOST_ORIGIN && from !== appOrigin) return null
  return from ? `${req.url()} (from ${from})` : req.url()
}

export const test = base.extend<{ offOriginRequests: string[] }>({
  offOriginRequests: [
    async ({ context, baseURL }, use) => {
      const appOrigin = new URL(baseURL!).origin
      const seen: string[] = []
      context.on('request', (req) => {
        const problem = offOrigin(req, appOrigin)
        if (problem) seen.push(problem)
      })
      await use(seen)
      expect(seen, 'requests that left the origin').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
