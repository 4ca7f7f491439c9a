// The first screen speaks from the first screen's catalogue alone: the later steps' words
// (messages/later.ts) come with a lazy chunk, off the first score's path. Rendered without that
// chunk, the calculator's first step shows no message key in the states it can open in (empty,
// scored, with errors, vetoed; Chinese and English); a later step waits for its words, then shows
// them with the focus on its title; a storage notice likewise comes with its own chunk.
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { App } from '../../src/app/App'
import { catalogs, type MessageKey } from '../../src/i18n/catalog'
import { loadLang, setLang } from '../../src/i18n/i18n'
import { createSafeStorage } from '../../src/lib/storage'
import { reloadFromStorage, replaceDraft, setStep } from '../../src/state/draft-store'
import { engine } from '../fixtures/ready'

await Promise.all([engine(), loadLang('en')])

const KEY = /\b(?:app|nav|lang|view|pwa|wizard|engine|storage|crash|result|share|road|print|embed|batch|changes)\.[a-zA-Z]+/g

/** Message keys left in the page's text or in its labelling attributes. */
function keysShown(): string[] {
  const attributes = [...document.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap((el) =>
    ['aria-label', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
  )
  return [document.body.textContent ?? '', ...attributes].flatMap((text) => text.match(KEY) ?? [])
}

const calculator = () => render(<App mode={{ view: 'calculator', embed: false }} />)

beforeEach(() => {
  localStorage.clear()
  reloadFromStorage(createSafeStorage(() => localStorage))
  setLang('zh')
})

describe('the first step, without the later steps’ words', () => {
  it('they are not loaded: the first screen does not need them', () => {
    expect(catalogs.zh['wizard.q.education' as MessageKey]).toBeUndefined()
    expect(catalogs.zh['engine.education.master' as MessageKey]).toBeUndefined()
  })

  it.each([
    ['empty', { version: 1 }],
    ['scored', { version: 1, birthDate: '1990-05-01', education: 'master', socialInsurance: [{ from: '2019-01', to: '2026-05', base: 12000 }] }],
    ['with errors', { version: 1, birthDate: '1990-13-45', education: 'nonsense', socialInsurance: [{ from: '2020-01', to: '2019-01', base: -1 }] }],
    ['vetoed', { version: 1, birthDate: '1990-05-01', seriousCrime: true }],
    ['before the rules it covers', { version: 1, birthDate: '1990-05-01', asOf: '2001-01-01' }],
  ])('%s: every word is there, in Chinese and in English', (_name, profile) => {
    replaceDraft(profile)
    setStep('you')
    calculator()
    expect(screen.getByRole('heading', { name: '基本信息' })).toBeInTheDocument()
    expect(keysShown()).toEqual([])
    act(() => void setLang('en'))
    expect(document.body.textContent).toContain('Date of birth')
    expect(keysShown()).toEqual([])
  })
})

describe('a later step', () => {
  it('waits for its words, then shows them with the focus on its title', async () => {
    const user = userEvent.setup()
    calculator()
    await user.click(screen.getByRole('button', { name: /下一步/ }))
    // The title is there at once (the first screen's words); the questions follow.
    expect(await screen.findByText('最高学历')).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: '学历与职称' })).toHaveFocus()
    expect(keysShown()).toEqual([])
  })
})

describe('a storage notice', () => {
  it('comes with its own chunk and words, when there is one', async () => {
    localStorage.setItem('sh-points:draft', '{oops')
    reloadFromStorage(createSafeStorage(() => localStorage))
    calculator()
    expect(await screen.findByTestId('storage-notice')).toHaveTextContent('本设备上保存的数据无法读取')
    expect(screen.getByRole('button', { name: '导出保存的数据' })).toBeInTheDocument()
    expect(keysShown()).toEqual([])
  })
})
