import { defineConfig } from '@playwright/test'

// Debian's Chromium, never a downloaded browser (see ../shared/guide/toolchain.md §4).
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync']

// E2E_DIST / E2E_PORT let several builds be tested side by side (defaults: dist, 4173).
// E2E_HOST_PORT serves e2e/host (the embedding page) from a second origin for the embed tests.
const dist = process.env.E2E_DIST ?? 'dist'
const port = Number(process.env.E2E_PORT ?? 4173)
const hostPort = Number(process.env.E2E_HOST_PORT ?? port + 1)
export const APP_ORIGIN = `http://127.0.0.1:${port}`

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  timeout: 30_000,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: APP_ORIGIN,
    // The service worker would precache every chunk at the first visit and answer later requests
    // itself; e2e/offline.spec.ts tests it, the other specs see the app as the network serves it.
    serviceWorkers: 'block',
    launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: FLAGS },
  },
  projects: [{ name: 'system-chromium', use: { browserName: 'chromium' } }],
  webServer: [
    {
      command: `npx vite preview --outDir ${dist} --host 127.0.0.1 --port ${port} --strictPort`,
      url: APP_ORIGIN,
      reuseExistingServer: !process.env.CI,
    },
    {
      // A different origin (localhost vs 127.0.0.1, other port) for the host page of embed tests.
      command: `node e2e/host/serve.mjs ${hostPort} ${port}`,
      url: `http://localhost:${hostPort}/health`,
      reuseExistingServer: !process.env.CI,
    },
  ],
})
