// The storage layer from the user's side: "clear my data" clears every key of ours and names them;
// the widget's clear leaves the calculator alone; a full storage still loads and says 未能保存 at
// once; a newer version's draft is kept and can be exported; another tab's change is taken over;
// a screen that crashes offers export and clear, and its state is never saved.
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ScreenBoundary } from '../../src/components/ScreenBoundary'
import { addScenario, ROAD_STORAGE_KEY, setAssumption, useRoadStore } from '../../src/state/road-store'
import { Calculator } from '../../src/app/Calculator'
import { createSafeStorage } from '../../src/lib/storage'
import { reloadFromStorage, resetDraft, setField, STORAGE_KEY, useDraftStore, WIDGET_STORAGE_KEY } from '../../src/state/draft-store'
import { flushWrites, keyStatus, selectScope } from '../../src/state/persist'
import { ALL_KEYS, STORAGE_KEYS } from '../../src/lib/storage-keys'
import { captureDownloads } from '../fixtures/downloads'

const local = () => createSafeStorage(() => localStorage)
const WIDGET_ROAD_KEY = STORAGE_KEYS.widgetRoad.key
const draftIn = (key: string) => (JSON.parse(localStorage.getItem(key) ?? 'null') as { draft?: unknown } | null)?.draft

beforeEach(() => {
  localStorage.clear()
  reloadFromStorage(local())
})
afterEach(() => vi.restoreAllMocks())

/** A localStorage that holds what it holds and refuses every new write, as a full one does. */
function fullStorage(contents: Record<string, string>): Storage {
  const map = new Map(Object.entries(contents))
  return {
    get length() {
      return map.size
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    },
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
  }
}

describe('clear my data', () => {
  it('clears the road store (scenarios, assumptions) with the draft, and names both', async () => {
    setField('birthDate', '1990-05-01')
    addScenario({ version: 1, birthDate: '1990-05-01', education: 'master' }, '读硕士')
    setAssumption('futureBase', 20000)
    flushWrites()
    expect(localStorage.getItem(ROAD_STORAGE_KEY)).not.toBeNull()
    const user = userEvent.setup()
    render(<Calculator />)
    await user.click(screen.getByRole('button', { name: '清除我的数据' }))
    await user.click(screen.getByRole('button', { name: '清除' }))
    flushWrites()
    expect(localStorage.getItem(ROAD_STORAGE_KEY)).toBeNull()
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull()
    expect(useRoadStore.getState().scenarios).toEqual([])
    expect(screen.getByText('已清除所有数据：填写的草稿、“通往 120 分”的设想与方案。')).toBeInTheDocument()
  })

  it('leaves none of the keys in the registry behind', () => {
    for (const k of ALL_KEYS) localStorage.setItem(k.key, JSON.stringify({ v: 1, draft: { version: 1 }, stepId: 'result' }))
    expect(resetDraft().sort()).toEqual(ALL_KEYS.map((k) => k.key).sort())
    expect(ALL_KEYS.filter((k) => localStorage.getItem(k.key) !== null)).toEqual([])
  })

  it("clearing inside the widget removes the widget's draft and road only, never the calculator's", () => {
    setField('birthDate', '1990-05-01')
    addScenario({ version: 1, education: 'master' }, 'A')
    flushWrites()
    selectScope('widget')
    expect(useDraftStore.getState().draft).toEqual({ version: 1 })
    expect(useRoadStore.getState().scenarios).toEqual([])
    setField('birthDate', '1980-01-01')
    addScenario({ version: 1, education: 'doctorate' }, 'W')
    flushWrites()
    expect(localStorage.getItem(WIDGET_ROAD_KEY)).not.toBeNull()
    expect(resetDraft().sort()).toEqual([WIDGET_STORAGE_KEY, WIDGET_ROAD_KEY].sort())
    expect(localStorage.getItem(WIDGET_STORAGE_KEY)).toBeNull()
    expect(draftIn(STORAGE_KEY)).toEqual({ version: 1, birthDate: '1990-05-01' })
    expect(localStorage.getItem(ROAD_STORAGE_KEY)).not.toBeNull()
  })
})

describe('full storage', () => {
  it('loads the saved draft although a test write fails, and a failed save says 未能保存 at once', () => {
    const saved = JSON.stringify({ v: 1, draft: { version: 1, education: 'master' }, stepId: 'education' })
    const storage = createSafeStorage(() => fullStorage({ [STORAGE_KEY]: saved }))
    expect(storage.persistent).toBe(true)
    reloadFromStorage(storage)
    expect(useDraftStore.getState().draft).toEqual({ version: 1, education: 'master' })
    render(<Calculator />)
    expect(screen.getByText('已自动保存在本设备上')).toBeInTheDocument()
    act(() => {
      setField('birthDate', '1990-05-01')
      flushWrites()
    })
    expect(keyStatus(STORAGE_KEY).saveFailed).toBe(true)
    expect(screen.getByText('未能保存')).toBeInTheDocument()
    expect(screen.queryByText('已自动保存在本设备上')).toBeNull()
    expect(screen.getByRole('alert')).toHaveTextContent('未能保存：浏览器的本地存储已满或不可用')
    expect(screen.getByRole('button', { name: '导出我的回答' })).toBeInTheDocument()
  })
})

describe('a draft from a newer version', () => {
  it('is kept untouched, with a read-only notice that exports it as stored', async () => {
    const newer = JSON.stringify({ v: 2, draft: { version: 1, birthDate: '1990-05-01' }, stepId: 'you', extra: '新版本的字段' })
    localStorage.setItem(STORAGE_KEY, newer)
    reloadFromStorage(local())
    const downloads = captureDownloads()
    const user = userEvent.setup()
    render(<Calculator />)
    expect(screen.getByTestId('storage-notice')).toHaveTextContent('本设备上保存的数据来自本工具的较新版本')
    expect(screen.queryByText('之前保存的草稿无法读取')).toBeNull()
    await user.click(screen.getByRole('button', { name: '学历与职称' }))
    flushWrites()
    expect(localStorage.getItem(STORAGE_KEY)).toBe(newer)
    expect(screen.getByText('未保存：本设备上保存的数据受保护，不会被覆盖')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: '导出保存的数据' }))
    expect(await downloads[0]!.text()).toBe(newer)
  })
})

describe('two tabs', () => {
  it("takes over another tab's draft (storage event) and says so", async () => {
    setField('education', 'master')
    flushWrites()
    render(<Calculator />)
    const other = JSON.stringify({ v: 1, draft: { version: 1, education: 'doctorate' }, stepId: 'you' })
    act(() => {
      localStorage.setItem(STORAGE_KEY, other)
      window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: other, storageArea: localStorage }))
    })
    expect(useDraftStore.getState().draft).toEqual({ version: 1, education: 'doctorate' })
    expect(screen.getByText('您在另一个标签页中修改了数据，此页已换成最新的内容。')).toBeInTheDocument()
    flushWrites()
    expect(localStorage.getItem(STORAGE_KEY)).toBe(other)
  })

  it('a clear in another tab empties this one instead of writing the old draft back', () => {
    setField('education', 'master')
    flushWrites()
    act(() => {
      localStorage.removeItem(STORAGE_KEY)
      window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: null, storageArea: localStorage }))
    })
    flushWrites()
    expect(useDraftStore.getState().draft).toEqual({ version: 1 })
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull()
  })
})

describe('error boundary', () => {
  function Fragile() {
    const education = useDraftStore((s) => s.draft.education)
    if (education === 'doctorate') throw new RangeError('Invalid time value')
    return <p>ok</p>
  }

  it('shows what happened, offers export and clear, and never saves the state that crashed', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    setField('education', 'master')
    flushWrites()
    const downloads = captureDownloads()
    const user = userEvent.setup()
    render(
      <ScreenBoundary name="test">
        <Fragile />
      </ScreenBoundary>,
    )
    act(() => setField('education', 'doctorate'))
    await act(() => new Promise((r) => setTimeout(r, 10)))
    flushWrites()
    expect(screen.getByTestId('screen-error')).toHaveTextContent('RangeError: Invalid time value')
    expect(draftIn(STORAGE_KEY)).toEqual({ version: 1, education: 'master' })
    await user.click(screen.getByRole('button', { name: '导出我的回答' }))
    expect(JSON.parse(await downloads[0]!.text())).toEqual({ version: 1, education: 'doctorate' })
    await user.click(screen.getByRole('button', { name: '清除我的数据' }))
    expect(screen.getByText(/^已清除所有数据：填写的草稿/)).toBeInTheDocument()
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull()
    await user.click(screen.getByRole('button', { name: '重试' }))
    expect(screen.getByText('ok')).toBeInTheDocument()
  })
})
