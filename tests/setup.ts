// The UI project's setup: matchers and clean-up only. What a test file needs loaded first (English,
// the engine, the later wizard steps) it awaits itself, from tests/ui/ready.ts.
import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

afterEach(() => {
  cleanup()
  localStorage.clear()
})
