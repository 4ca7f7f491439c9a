import { defineConfig } from 'vite'
import { configDefaults } from 'vitest/config'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'

// Tests under tests/ui that test pure logic (no DOM): they run in the node project, without jsdom.
const PURE_UI = ['i18n', 'print-messages', 'road-checklist', 'road-ics', 'road-messages'].map((name) => `tests/ui/${name}.test.ts`)

export default defineConfig({
  // Relative asset URLs so the static build can be hosted under any path (see docs/deploying.md).
  base: './',
  plugins: [react(), tailwindcss()],
  build: { target: 'es2022', sourcemap: false },
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
          name: 'engine',
          environment: 'node',
          include: ['tests/engine/**/*.test.ts', 'tests/law/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/lib/**/*.test.ts', 'tests/scripts/**/*.test.ts', ...PURE_UI],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          globals: true,
          setupFiles: ['./tests/setup.ts'],
          include: ['tests/ui/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, ...PURE_UI],
        },
      },
    ],
  },
})
