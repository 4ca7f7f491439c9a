// The words of the field errors (the schema, with zod) are a lazy chunk of their own, off the first
// score's path: a draft scores at once without them, and an invalid field's error appears at the
// field once they have loaded, asked for by the first draft that has one. This file loads the
// engine but not that chunk (the other UI tests load it first: tests/fixtures/ready.ts).
import { act, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { Calculator } from '../../../src/app/Calculator'
import { setLang } from '../../../src/i18n/i18n'
import { createSafeStorage } from '../../../src/lib/storage'
import { reloadFromStorage, replaceDraft, setStep, useAssessment } from '../../../src/state/draft-store'
import { fieldErrorsModule } from '../../../src/state/engine-loader'
import { engine, wizardSteps } from '../../fixtures/ready'

await Promise.all([engine(), wizardSteps()])

beforeEach(() => {
  localStorage.clear()
  reloadFromStorage(createSafeStorage(() => localStorage))
  setLang('zh')
})

const AS_OF = '2026-06-15'

describe('field errors arrive after the score', () => {
  it('a valid draft scores without the field errors’ chunk and does not ask for it', async () => {
    replaceDraft({ version: 1, asOf: AS_OF, birthDate: '1990-05-01', education: 'master' })
    const { result } = renderHook(() => useAssessment())
    expect(result.current).toMatchObject({ errors: [], assessment: { total: 130 } })
    expect(result.current.errorsPending).toBeUndefined()
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)))
    expect(fieldErrorsModule()).toBeNull()
  })

  it('a draft with an invalid field scores its valid part at once; the error follows at the field once its words have loaded', async () => {
    expect(fieldErrorsModule()).toBeNull()
    replaceDraft({ version: 1, asOf: AS_OF })
    setStep('you')
    render(<Calculator />)
    const box = screen.getByLabelText('出生日期')
    const scoreOf = () => Number(/\d+/.exec(screen.getByTestId('score-total').textContent ?? '')?.[0])

    // A valid birth date: scored in the same render (36 years old on the assessment date: 30).
    fireEvent.change(box, { target: { value: '1990-05-01' } })
    expect(scoreOf()).toBe(30)
    // One after the assessment date: the score drops at once, and the error cannot be worded yet.
    fireEvent.change(box, { target: { value: '2030-01-01' } })
    expect(scoreOf()).toBe(0)
    expect(screen.queryByText('出生日期晚于评估日期，请检查。')).toBeNull()
    expect(fieldErrorsModule()).toBeNull()

    expect(await screen.findByText('出生日期晚于评估日期，请检查。')).toBeInTheDocument()
    expect(box).toHaveAttribute('aria-invalid', 'true')
    expect(box).toHaveValue('2030-01-01')
    expect(fieldErrorsModule()).not.toBeNull()
  })

  it('once loaded, the store gives the errors with the score in the same render', async () => {
    await waitFor(() => expect(fieldErrorsModule()).not.toBeNull())
    replaceDraft({ version: 1, asOf: AS_OF, birthDate: '1990-05-01', education: 'phd' })
    const { result } = renderHook(() => useAssessment())
    expect(result.current.errors.map((e) => [e.path, e.code])).toEqual([['education', 'invalidValue']])
    expect(result.current.errorsPending).toBeUndefined()
    expect(result.current.profile).toEqual({ version: 1, asOf: AS_OF, birthDate: '1990-05-01' })
  })
})
