// The field errors' words (a lazy chunk) arrive while the page is in use: only a draft that waits
// for them is rendered again (that one: tests/components/wizard/field-errors-lazy.test.tsx).
import { act, renderHook } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { createSafeStorage } from '../../src/lib/storage'
import { reloadFromStorage, replaceDraft, useAssessment } from '../../src/state/draft-store'
import { fieldErrorsModule, loadFieldErrors } from '../../src/state/engine-loader'
import { engine } from '../fixtures/ready'

await engine()

beforeEach(() => {
  localStorage.clear()
  reloadFromStorage(createSafeStorage(() => localStorage))
})

describe('when the field errors’ words arrive', () => {
  it('a valid draft is not rendered again', async () => {
    replaceDraft({ version: 1, asOf: '2026-06-15', birthDate: '1990-05-01' })
    let renders = 0
    const { result } = renderHook(() => {
      renders++
      return useAssessment()
    })
    const shown = result.current
    const before = renders
    expect(fieldErrorsModule()).toBeNull()
    await act(() => loadFieldErrors())
    expect(fieldErrorsModule()).not.toBeNull()
    expect(renders).toBe(before)
    expect(result.current).toBe(shown)
  })

})
