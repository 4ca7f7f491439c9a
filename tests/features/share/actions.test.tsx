// The result's share actions: copy a link (with a manual fallback), export and import the profile
// as JSON (validated, field errors shown, own answers replaced only when confirmed), print view.
import { configure, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import ActionsPanel from '../../../src/features/share/ActionsPanel'
import { setLang } from '../../../src/i18n/i18n'
import { readShareFragment } from '../../../src/lib/share-link'
import { createSafeStorage } from '../../../src/lib/storage'
import { reloadFromStorage, replaceDraft, resetDraft, useDraftStore } from '../../../src/state/draft-store'
import { captureDownloads } from '../../fixtures/downloads'
import { fieldErrors } from '../../fixtures/ready'

// The field errors' words (a lazy chunk) are there before the first render.
await fieldErrors()

// Lazy chunks (the share gate, the print preview) load on first use: allow for a slow first import.
configure({ asyncUtilTimeout: 5000 })

const PROFILE = { version: 1, asOf: '2026-06-15', birthDate: '1990-05-01', education: 'master' } as const

/** Blobs handed to downloads, read back as text. */
let downloads: Blob[] = []

beforeEach(() => {
  localStorage.clear()
  reloadFromStorage(createSafeStorage(() => localStorage))
  setLang('zh')
  downloads = captureDownloads()
})
afterEach(() => vi.restoreAllMocks())

function renderPanel(profile: object = PROFILE) {
  replaceDraft(profile)
  const user = userEvent.setup()
  render(<ActionsPanel />)
  return user
}

const fileInput = () => screen.getByTestId('import-json-input') as HTMLInputElement
const jsonFile = (content: string, name = 'profile.json') => new File([content], name, { type: 'application/json' })

describe('copy share link', () => {
  it('copies a link whose fragment decodes to the profile with its assessment date', async () => {
    const user = renderPanel()
    const writeText = vi.fn(async () => {})
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    await user.click(screen.getByRole('button', { name: '复制分享链接' }))
    expect(await screen.findByText(/链接已复制/)).toBeInTheDocument()
    const url = new URL((writeText.mock.calls[0] as unknown as [string])[0])
    expect(readShareFragment(url.hash, '2026-06-15')).toEqual({ kind: 'profile', profile: PROFILE })
  })

  it('when the clipboard is refused, shows the link selected for copying by hand', async () => {
    const user = renderPanel()
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) }, configurable: true })
    await user.click(screen.getByRole('button', { name: '复制分享链接' }))
    const input = await screen.findByLabelText('分享链接')
    expect((input as HTMLInputElement).value).toMatch(/#p=[\w-]+$/)
    expect(input).toHaveFocus()
  })

  it('says when answers with errors are left out of the link and files', () => {
    renderPanel({ ...PROFILE, education: 'phd' })
    expect(screen.getByText('有 1 处填写有误，未包含在链接、文件和报告中。')).toBeInTheDocument()
  })
})

describe('export and import a JSON file', () => {
  it('exports the profile, and importing that file gives the same profile back', async () => {
    const user = renderPanel()
    await user.click(screen.getByRole('button', { name: '导出 JSON 文件' }))
    expect(screen.getByText('已导出 sh-points-profile-2026-06-15.json。')).toBeInTheDocument()
    const text = await downloads[0]!.text()
    expect(JSON.parse(text)).toEqual(PROFILE)
    resetDraft()
    await user.upload(fileInput(), jsonFile(text))
    expect(await screen.findByText('已导入 profile.json。')).toBeInTheDocument()
    expect(useDraftStore.getState()).toMatchObject({ draft: { version: 1, birthDate: '1990-05-01', education: 'master' }, asOfOverride: '2026-06-15' })
  })

  it('asks before replacing answers already there; cancel keeps them', async () => {
    const user = renderPanel({ version: 1, birthDate: '1970-01-01' })
    await user.upload(fileInput(), jsonFile(JSON.stringify(PROFILE)))
    // 130: age 36 → 30, master 100 (rules §1).
    expect(await screen.findByText(/profile\.json 有效（评估日期 2026-06-15，总积分 130 分）/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: '取消' }))
    expect(useDraftStore.getState().draft).toEqual({ version: 1, birthDate: '1970-01-01' })
    await user.upload(fileInput(), jsonFile(JSON.stringify(PROFILE)))
    await user.click(await screen.findByRole('button', { name: '替换我的资料' }))
    expect(useDraftStore.getState().draft).toMatchObject({ birthDate: '1990-05-01' })
  })

  it('an invalid profile lists each field with what is wrong, and imports nothing', async () => {
    const user = renderPanel({ version: 1, birthDate: '1970-01-01' })
    await user.upload(fileInput(), jsonFile(JSON.stringify({ version: 1, education: 'phd', socialInsurance: [{ from: '2020-05', to: '2020-01', base: 1 }] })))
    expect(await screen.findByText(/文件中的资料有 2 处问题，未导入/)).toBeInTheDocument()
    expect(screen.getByText('最高学历：不是可选的值，请从选项中选择。')).toBeInTheDocument()
    expect(screen.getByText('第 1 段社保记录的结束月份：结束月份早于开始月份，请调整。')).toBeInTheDocument()
    expect(useDraftStore.getState().draft).toEqual({ version: 1, birthDate: '1970-01-01' })
  })

  it.each([
    ['not JSON', 'birthDate,education', '文件内容不是有效的 JSON'],
    ['an array of profiles', '[{"version":1}]', '这个文件包含多人的资料'],
  ])('%s is refused with the reason', async (_, content, message) => {
    const user = renderPanel()
    await user.upload(fileInput(), jsonFile(content))
    expect(await screen.findByText(new RegExp(message))).toBeInTheDocument()
  })

  it('a 50 MB file is refused from its size, before a byte is read', async () => {
    const user = renderPanel()
    const huge = jsonFile('{}')
    Object.defineProperty(huge, 'size', { value: 50 * 1024 * 1024 })
    const read = vi.spyOn(huge, 'arrayBuffer')
    await user.upload(fileInput(), huge)
    expect(await screen.findByText(/文件太大（50 MB）：单份资料文件不超过 1 MB/)).toBeInTheDocument()
    expect(read).not.toHaveBeenCalled()
  })

  it('a spreadsheet (xlsx) is refused as not a JSON text file', async () => {
    const user = renderPanel()
    await user.upload(fileInput(), new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0])], 'list.json'))
    expect(await screen.findByText(/这不是 JSON 文本文件/)).toBeInTheDocument()
  })
})

describe('print', () => {
  it('opens the print preview with the report of the current answers', async () => {
    const user = renderPanel()
    await user.click(screen.getByRole('button', { name: '打印报告' }))
    const dialog = await screen.findByRole('dialog', { name: '打印预览' })
    expect(dialog).toHaveTextContent('上海居住证积分自测报告')
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  })
})
