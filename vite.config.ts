import { defineConfig } from 'vite'
import { configDefaults } from 'vitest/config'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { VitePWA } from 'vite-plugin-pwa'
import { prerenderPlugin } from './scripts/prerender-plugin.mjs'

// Tests mirror src/. A test runs in node unless it needs a DOM: components are `*.test.tsx`, other
// DOM tests `*.dom.test.ts`; those run in jsdom with tests/setup.ts.
const DOM_TESTS = ['tests/**/*.test.tsx', 'tests/**/*.dom.test.ts']

export default defineConfig({
  // Relative asset URLs so the static build can be hosted under any path (see docs/deploying.md).
  base: './',
  plugins: [
    react(),
    tailwindcss(),
    prerenderPlugin(),
    // Offline after the first visit (docs/deploying.md, "Service worker"): every built file is
    // precached; the page decides when a new version takes over (src/pwa/register.ts).
    VitePWA({
      injectRegister: false,
      registerType: 'prompt',
      manifest: {
        name: '上海居住证积分自测 · Shanghai Residence Permit Points',
        short_name: '积分自测',
        description: '上海市居住证积分（120分）自测计算器 · Shanghai residence-permit points self-check',
        lang: 'zh-CN',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f8fafc',
        theme_color: '#0f766e',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The widget's loader (embed.js) and version.json always come from the network.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,txt}'],
        globIgnores: ['embed.js', 'version.json'],
        // ?view=batch, ?embed=1&… are all index.html.
        ignoreURLParametersMatching: [/.*/],
        // No navigation fallback: the worker answers only for the app's own files, never for
        // another page under its scope (a host page on the same site keeps its own).
        navigateFallback: null,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  // The manifest (dist/.vite/manifest.json) lets scripts/size-budget.mjs follow the import graph.
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    modulePreload: { polyfill: false },
  },
  // Module workers, so that the batch worker loads its workbook reader as a separate chunk on demand.
  worker: { format: 'es' },
  test: {
    // Both cores (vitest's default on a 2-core machine is one worker), and a timeout that holds
    // when the machine is shared: see docs/decisions.md.
    maxWorkers: 2,
    testTimeout: 15_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...DOM_TESTS],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          globals: true,
          setupFiles: ['./tests/setup.ts'],
          include: DOM_TESTS,
        },
      },
    ],
  },
})
