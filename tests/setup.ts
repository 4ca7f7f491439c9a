import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, vi } from 'vitest'
import { loadLang } from '../src/i18n/i18n'
import { engineReady } from '../src/state/engine-loader'
import { InsuranceEditor, ResultView } from '../src/features/wizard/StepView'

// UI tests fix their own data: the published wage table is replaced by the frozen fixture rows, so
// a yearly row appended to src/engine/data/reference-wages.ts changes no expected number here.
vi.mock('../src/engine/data/reference-wages', async () => ({ REFERENCE_WAGES: (await import('./fixtures/wage-rows')).FIXTURE_WAGE_ROWS }))

// English is a lazy chunk in the app; tests have it from the start, so setLang('en') is synchronous.
await loadLang('en')
// The engine is a lazy chunk in the app (the score shows once it arrives); tests start with it loaded.
await engineReady
// Later wizard steps are lazy chunks, prefetched when the app is idle; tests start with them loaded.
await Promise.all([InsuranceEditor.preload(), ResultView.preload()])

afterEach(() => {
  cleanup()
  localStorage.clear()
})
