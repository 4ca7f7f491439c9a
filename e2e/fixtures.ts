// Shared Playwright fixture: every page records the requests it makes, and a test fails if any
// request leaves the app's own origin or the test's host page (privacy: no data leaves the browser).
import { test as base, expect } from '@playwright/test'

export const test = base.extend<{ offOriginRequests: string[] }>({
  offOriginRequests: [
    async ({ context, baseURL }, use) => {
      const allowed = new Set([new URL(baseURL!).origin])
      const seen: string[] = []
      context.on('request', (req) => {
        const url = new URL(req.url())
        if (url.protocol === 'data:' || url.protocol === 'blob:') return
        // The embed tests' host page lives on localhost:<port+1>; it is part of the test, not the app.
        if (url.hostname === 'localhost') return
        if (!allowed.has(url.origin)) seen.push(req.url())
      })
      await use(seen)
      expect(seen, 'requests that left the origin').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
