import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { loadLang } from '../src/i18n/i18n'

// English is a lazy chunk in the app; tests have it from the start, so setLang('en') is synchronous.
await loadLang('en')

afterEach(() => {
  cleanup()
  localStorage.clear()
})
