// The UI project's setup: matchers, clean-up and the frozen wage table only. What a test file needs
// loaded first (English, the engine, the later wizard steps) it awaits itself, from tests/fixtures/ready.ts.
import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, vi } from 'vitest'

// UI tests fix their own data: the published wage table is replaced by the frozen fixture rows, so
// a yearly row appended to src/engine/data/reference-wages.ts changes no expected number here.
vi.mock('../src/engine/data/reference-wages', async () => ({ REFERENCE_WAGES: (await import('./fixtures/wage-rows')).FIXTURE_WAGE_ROWS }))

afterEach(() => {
  cleanup()
  localStorage.clear()
})
