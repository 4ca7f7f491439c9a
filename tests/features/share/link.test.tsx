// Opening a share link: the shared profile and its score are shown, the visitor's own answers
// are never replaced without asking, and a damaged link changes nothing and says why.
import { act, configure, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { ShareGate } from '../../../src/features/share/ShareGate'
import { Calculator } from '../../../src/app/Calculator'
import { setLang } from '../../../src/i18n/i18n'
import { encodeBase64Url } from '../../../src/lib/base64url'
import { encodeShareFragment } from '../../../src/lib/share-link'
import { createSafeStorage } from '../../../src/lib/storage'
import { reloadFromStorage, replaceDraft, useDraftStore } from '../../../src/state/draft-store'

// Lazy chunks (the share gate, the print preview) load on first use: allow for a slow first import.
configure({ asyncUtilTimeout: 5000 })

// Hand-derived (rules §1): on 2026-06-15 someone born 1990-05-01 is 36 → 30; master → 100; total 130.
const SHARED = { version: 1, asOf: '2026-06-15', birthDate: '1990-05-01', education: 'master' } as const
const MINE = { version: 1, asOf: '2026-06-15', birthDate: '1970-01-01' } as const

const link = (p: object) => {
  const r = encodeShareFragment(p as never)
  if (!r.ok) throw new Error('too large')
  return `#${r.fragment}`
}
const total = () => Number(/\d+/.exec(screen.getByTestId('score-total').textContent ?? '')?.[0])
const draft = () => useDraftStore.getState().draft

function open(hash: string) {
  history.replaceState(null, '', `/${hash}`)
  const user = userEvent.setup()
  render(
    <ShareGate>
      <Calculator />
    </ShareGate>,
  )
  return user
}

beforeEach(() => {
  localStorage.clear()
  reloadFromStorage(createSafeStorage(() => localStorage))
  setLang('zh')
  history.replaceState(null, '', '/')
})

describe('a share link opened with no answers of one’s own', () => {
  it('loads the shared profile and shows its score (130), then removes the fragment', async () => {
    open(link(SHARED))
    expect(await screen.findByText(/已打开分享的资料/)).toBeInTheDocument()
    expect(total()).toBe(130)
    expect(draft()).toMatchObject({ birthDate: '1990-05-01', education: 'master' })
    expect(location.hash).toBe('')
  })
})

describe('a share link opened over saved answers asks first', () => {
  beforeEach(() => replaceDraft(MINE))

  it('shows the shared total and three choices, and changes nothing yet', async () => {
    open(link(SHARED))
    expect(await screen.findByText(/分享的资料总积分为 130 分/)).toBeInTheDocument()
    for (const name of ['查看分享的资料', '用它替换我的资料', '保留我的资料']) expect(screen.getByRole('button', { name })).toBeInTheDocument()
    expect(draft()).toEqual({ version: 1, birthDate: '1970-01-01' })
  })

  it('“keep mine” keeps the answers and drops the fragment', async () => {
    const user = open(link(SHARED))
    await user.click(await screen.findByRole('button', { name: '保留我的资料' }))
    expect(draft()).toEqual({ version: 1, birthDate: '1970-01-01' })
    expect(location.hash).toBe('')
    expect(screen.queryByRole('button', { name: '查看分享的资料' })).not.toBeInTheDocument()
  })

  it('“view” shows the shared profile read-only with its score; “replace” then loads it', async () => {
    const user = open(link(SHARED))
    await user.click(await screen.findByRole('button', { name: '查看分享的资料' }))
    expect(await screen.findByRole('heading', { name: '正在查看分享的资料（只读）' })).toBeInTheDocument()
    expect(total()).toBe(130)
    expect(draft()).toEqual({ version: 1, birthDate: '1970-01-01' })
    await user.click(screen.getByRole('button', { name: '用它替换我的资料' }))
    expect(draft()).toMatchObject({ birthDate: '1990-05-01', education: 'master' })
    expect(await screen.findByText(/已打开分享的资料/)).toBeInTheDocument()
    expect(total()).toBe(130)
  })

  it('a link holding the same answers as mine just says so', async () => {
    open(link(MINE))
    expect(await screen.findByText('这个链接中的资料与您当前的资料相同。')).toBeInTheDocument()
  })
})

describe('damaged, oversized or invalid links change nothing and say why', () => {
  beforeEach(() => replaceDraft(MINE))

  it.each([
    ['cut off', `#p=${encodeBase64Url(JSON.stringify(SHARED)).slice(0, 20)}`, /链接已损坏|链接内容无法识别/],
    ['far too long', `#p=${'A'.repeat(100_000)}`, /链接太长/],
    ['not a profile', `#p=${encodeBase64Url(JSON.stringify({ version: 1, education: 'phd' }))}`, /链接中的资料有 1 处问题/],
  ])('%s', async (_, hash, message) => {
    open(hash)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(message)
    expect(alert).toHaveTextContent('您的资料没有任何改变。')
    expect(draft()).toEqual({ version: 1, birthDate: '1970-01-01' })
  })

  it('markup in a hostile link is shown as text, never run', async () => {
    open(`#p=${encodeBase64Url(JSON.stringify({ version: 1, '<img src=x onerror=alert(1)>': 1 }))}`)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('<img src=x onerror=alert(1)>')
    expect(alert.querySelector('img')).toBeNull()
  })
})

describe('a share link pasted into an open page', () => {
  it('is picked up on hashchange', async () => {
    open('')
    await act(async () => {
      history.replaceState(null, '', `/${link(SHARED)}`)
      window.dispatchEvent(new HashChangeEvent('hashchange'))
    })
    await waitFor(() => expect(total()).toBe(130))
  })
})
