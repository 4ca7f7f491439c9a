// The first step asks only dates; the later steps' field kinds (choices, boxes, amounts) are a lazy
// chunk of their own. A later step arrives with them, so its fields never show "loading".
import { render, screen } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { Calculator, LaterStep } from '../../src/app/Calculator'
import { setLang } from '../../src/i18n/i18n'
import { createSafeStorage } from '../../src/lib/storage'
import { reloadFromStorage, replaceDraft, setStep } from '../../src/state/draft-store'
import { engine } from '../fixtures/ready'

await engine()

beforeEach(() => {
  localStorage.clear()
  reloadFromStorage(createSafeStorage(() => localStorage))
  setLang('zh')
})

describe('a later step', () => {
  it('renders its choices at once once the step itself has loaded', async () => {
    await LaterStep.preload()
    replaceDraft({ version: 1, birthDate: '1990-05-01' })
    setStep('education')
    render(<Calculator />)
    expect(screen.getByRole('group', { name: '最高学历' })).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: /硕士/ })).toBeInTheDocument()
    expect(screen.queryByText('正在加载…')).toBeNull()
  })
})
