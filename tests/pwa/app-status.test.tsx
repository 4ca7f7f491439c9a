// The page says which rules and wage data it holds, and announces a waiting new version with what
// it brings; reloading into it is the visitor's choice.
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, expect, it, vi } from 'vitest'
import { DataVersionNote, UpdateBanner } from '../../src/pwa/AppStatus'
import { DATA_VERSION } from '../../src/pwa/data-version'
import { useUpdateStore } from '../../src/pwa/update-store'

beforeEach(() => useUpdateStore.setState({ waiting: false, next: null }))

it('the footer names the rules and the last month of published wage data', () => {
  render(<DataVersionNote />)
  expect(screen.getByTestId('data-version')).toHaveTextContent(`规则 ${DATA_VERSION.rules} · 社平工资至 ${DATA_VERSION.wagesThrough}`)
})

it('says nothing while no new version is waiting', () => {
  render(<UpdateBanner />)
  expect(screen.queryByTestId('update-banner')).toBeNull()
})

it('announces a new wage year and reloads into it only when asked', async () => {
  const apply = vi.fn()
  useUpdateStore.setState({ waiting: true, apply, next: { ...DATA_VERSION, wagesFrom: '2027-07', wagesThrough: '2028-06', wage: 12900, wageYear: 2026 } })
  render(<UpdateBanner />)
  expect(screen.getByRole('status')).toHaveTextContent('规则已更新，刷新以使用 2027 年数据')
  expect(apply).not.toHaveBeenCalled()
  await userEvent.click(screen.getByRole('button', { name: '刷新' }))
  expect(apply).toHaveBeenCalledOnce()
})

it('announces new rules, or a new version whose data could not be read', () => {
  useUpdateStore.setState({ waiting: true, next: { ...DATA_VERSION, rules: 'sh-2028' } })
  const { unmount } = render(<UpdateBanner />)
  expect(screen.getByRole('status')).toHaveTextContent('规则已更新（sh-2028），刷新以使用新规则')
  unmount()
  useUpdateStore.setState({ waiting: true, next: null })
  render(<UpdateBanner />)
  expect(screen.getByRole('status')).toHaveTextContent('新版本已就绪，刷新以使用')
})
