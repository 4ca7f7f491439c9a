// The HR batch page: a fixture with bad rows gives the right counts, errors by row and column,
// scored rows; files that cannot be read are refused with the reason; exports are safe and
// re-import to the same result; a row opens in the calculator; selected rows print.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { configure, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import BatchPage from '../../../src/features/batch/BatchPage'
import { setLang } from '../../../src/i18n/i18n'
import { createSafeStorage } from '../../../src/lib/storage'
import { reloadFromStorage, useDraftStore } from '../../../src/state/draft-store'
import { captureDownloads } from '../../fixtures/downloads'

// Lazy chunks (the share gate, the print preview) load on first use: allow for a slow first import.
configure({ asyncUtilTimeout: 5000 })

const FIXTURE = readFileSync(resolve(__dirname, '../../../e2e/fixtures/batch-mixed.csv'))
let downloads: Blob[] = []

// jsdom has no Worker: the page loads the scoring code on first use. Loaded once here, so that
// the first test does not spend its time budget on a cold import.
beforeAll(() => import('../../../src/features/batch/batch-project'))

beforeEach(() => {
  localStorage.clear()
  reloadFromStorage(createSafeStorage(() => localStorage))
  setLang('zh')
  downloads = captureDownloads()
  // jsdom has no layout: give the virtualised tables a viewport so that they render rows.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800)
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1280)
})
afterEach(() => vi.restoreAllMocks())

const FILE_LABEL = '选择 Excel、CSV 或 JSON 文件'
async function importFile(file: File) {
  const user = userEvent.setup()
  render(<BatchPage />)
  await user.upload(screen.getByLabelText(FILE_LABEL), file)
  return user
}
const importFixture = () => importFile(csvFile(FIXTURE, 'batch-mixed.csv'))
const csvFile = (content: BlobPart, name = 'candidates.csv') => new File([content], name, { type: 'text/csv' })
const count = (key: string) => Number(screen.getByTestId(`count-${key}`).textContent)
const tableRows = () => within(screen.getByRole('region', { name: '计分结果表' })).getAllByRole('row').slice(1)

describe('importing the fixture with bad rows', () => {
  it('asks how to read an unknown column, showing its sample cells, and remembers the answer for the same headers', async () => {
    const text = '姓名,生年月日,入职渠道\n张三,1990-05-01,校招\n'
    const user = await importFile(csvFile(text, 'hr.csv'))
    const step = within(await screen.findByTestId('mapping-step'))
    expect(step.getByRole('row', { name: /生年月日/ })).toHaveTextContent('1990-05-01')
    expect(step.getByRole('combobox', { name: '“入职渠道”列对应的资料项' })).toHaveValue('')
    await user.selectOptions(step.getByRole('combobox', { name: '“生年月日”列对应的资料项' }), 'birthDate')
    await user.click(step.getByRole('button', { name: '按此对应导入' }))
    await waitFor(() => expect(screen.getByText('已读取 hr.csv')).toBeInTheDocument())
    expect(screen.getByTestId('ignored-columns')).toHaveTextContent('入职渠道')
    await user.upload(screen.getByLabelText(FILE_LABEL), csvFile(text, 'again.csv'))
    await waitFor(() => expect(screen.getByText('已读取 again.csv')).toBeInTheDocument())
    expect(screen.queryByTestId('mapping-step')).toBeNull()
    expect(screen.getByTestId('row-status')).toHaveAttribute('data-status', 'incomplete')
  })

  it('counts 9 candidates: 5 scored (2 meet 120, 2 not filled in, 1 veto) and 4 with problems; notes the empty row and the unread column', async () => {
    await importFixture()
    await screen.findByTestId('batch-summary')
    expect([count('total'), count('valid'), count('invalid'), count('meets'), count('below'), count('vetoed'), count('incomplete')]).toEqual([9, 5, 4, 2, 0, 1, 2])
    expect(screen.getByText('跳过了 1 个空行。')).toBeInTheDocument()
    expect(screen.getByTestId('not-read-columns')).toHaveTextContent('notes')
  })

  it('lists every problem by row and column with the reason and the cell value', async () => {
    await importFixture()
    const errors = within(await screen.findByRole('region', { name: '有问题的行' }))
    const problem = (row: number) => errors.getAllByRole('row').filter((r) => r.getAttribute('data-error-row') === String(row)).map((r) => r.textContent)
    expect(problem(7)).toEqual([expect.stringMatching(/出生日期 \(birthDate\)：.*可填写如 1990-05-01、1990\/5\/1、1990年5月1日.*1990-13-01/), expect.stringMatching(/最高学历 \(education\)：.*可填写：高中及以下、大专（高职）、本科学历（无学士学位）.*phd/)])
    expect(problem(8)).toEqual([expect.stringMatching(/社保缴费记录 \(socialInsurance\)：第 2 段 不是“开始月\.\.结束月@月基数”的格式.*garbage/)])
    expect(problem(10)).toHaveLength(2)
    expect(screen.getByRole('heading', { name: '4 行有问题，未计分（共 6 处）' })).toBeInTheDocument()
  })

  it('shows a script tag in a cell as text and never runs it', async () => {
    await importFixture()
    const cell = await screen.findByText('<script>alert(1)</script>')
    expect(cell.querySelector('script')).toBeNull()
    expect(document.querySelectorAll('script')).toHaveLength(0)
  })

  it('scores the valid rows (totals derived by hand in tests/features/batch/batch-core.test.ts) and filters and sorts them', async () => {
    const user = await importFixture()
    await screen.findByTestId('batch-summary')
    const totals = () => tableRows().map((r) => Number(within(r).getByTestId('row-total').textContent))
    expect(totals()).toEqual([268, 126, 55, 268, 90])
    await user.click(screen.getByRole('radio', { name: '达标（2）' }))
    expect(totals()).toEqual([268, 126])
    await user.click(screen.getByRole('radio', { name: '全部（5）' }))
    await user.click(screen.getByRole('button', { name: /^总积分/ }))
    expect(totals()).toEqual([268, 268, 126, 90, 55])
    expect(screen.getByRole('columnheader', { name: /^总积分/ })).toHaveAttribute('aria-sort', 'descending')
    await user.click(screen.getByRole('button', { name: /^总积分/ }))
    expect(totals()).toEqual([55, 90, 126, 268, 268])
  })
})

describe('files that cannot be read are refused with the reason', () => {
  it('a 50 MB file is refused from its size, before a byte is read', async () => {
    const huge = csvFile('candidate\n')
    Object.defineProperty(huge, 'size', { value: 50 * 1024 * 1024 })
    const read = vi.spyOn(huge, 'arrayBuffer')
    await importFile(huge)
    expect(await screen.findByRole('alert')).toHaveTextContent('文件太大（50 MB）：最大 10 MB')
    expect(read).not.toHaveBeenCalled()
  })

  it('a damaged workbook is refused with what to do', async () => {
    await importFile(csvFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0]), 'list.xlsx'))
    expect(await screen.findByRole('alert')).toHaveTextContent('无法读取这个工作簿')
  })

  it('a file whose headers name no field goes to the mapping step; left unmapped, it says a header must name the columns', async () => {
    const user = await importFile(csvFile('foo,bar\nA,1990-01-01'))
    await user.click(await screen.findByRole('button', { name: '按此对应导入' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('找不到标题行')
  })
})

describe('encodings as Excel writes them', () => {
  it('reads a GB18030 (GBK) file from Chinese Excel and says so', async () => {
    // "candidate,education\n张三,master" with 张三 in GBK (d5c5 c8fd).
    const bytes = new Uint8Array([...new TextEncoder().encode('candidate,education\n'), 0xd5, 0xc5, 0xc8, 0xfd, ...new TextEncoder().encode(',master')])
    await importFile(csvFile(bytes))
    expect(await screen.findByText('张三')).toBeInTheDocument()
    expect(screen.getByText(/按 GB18030（GBK）编码读取/)).toBeInTheDocument()
  })
})

describe('exports', () => {
  it('CSV: BOM, formulas neutralised, invalid rows kept with their problems, and it re-imports to the same counts', async () => {
    const hostile = `candidate,birthDate,education\n"=cmd|' /C calc'!A0",1990-01-01,master\n@SUM(A1),1990-13-01,master\n`
    const user = await importFile(csvFile(hostile))
    await user.click(await screen.findByRole('button', { name: '导出结果 CSV' }))
    const bytes = new Uint8Array(await downloads[0]!.arrayBuffer())
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf])
    const text = await downloads[0]!.text()
    expect(text).toContain(`\r\n'=cmd|' /C calc'!A0,`)
    expect(text).toContain(`\r\n'@SUM(A1),`)
    expect(text).toMatch(/资料有误.*出生日期 \(birthDate\)：请输入真实存在的日期/)
    expect(text.split('\r\n').some((line) => /^[=+\-@]/.test(line) || /,[=+@]/.test(line))).toBe(false)

    const again = userEvent.setup()
    await again.upload(screen.getByLabelText(FILE_LABEL), csvFile(text, 'export.csv'))
    await waitFor(() => expect(screen.getByText('已读取 export.csv')).toBeInTheDocument())
    expect([count('total'), count('valid'), count('invalid')]).toEqual([2, 1, 1])
    expect(screen.getByText(/个结果列（来自之前导出的文件）未读取/)).toBeInTheDocument()
    expect(screen.getByText(`=cmd|' /C calc'!A0`)).toBeInTheDocument()
  })

  it('JSON (data-testid export-json): every row with candidate, status, total and its findings in words', async () => {
    const user = await importFixture()
    await user.click(await screen.findByTestId('export-json'))
    const entries = JSON.parse(await downloads[0]!.text()) as { candidate: string; status: string; total: number | null; findings: { code: string; text: string }[]; result?: { total: number } }[]
    expect(entries).toHaveLength(9)
    expect(entries.filter((e) => e.status === 'invalid')).toHaveLength(4)
    expect(entries.flatMap((e) => (e.result ? [e.result.total] : []))).toEqual([268, 126, 55, 268, 90])
    const chen = entries.find((e) => e.candidate.startsWith('Chen'))!
    expect(chen).toMatchObject({ status: 'incomplete', total: 55 })
    expect(chen.findings[0]).toMatchObject({ code: 'statusIncomplete', text: expect.stringContaining('资料未填完') })
  })

  it('CSV: each row carries its status in words and code, and its findings text', async () => {
    const user = await importFixture()
    await user.click(await screen.findByRole('button', { name: '导出结果 CSV' }))
    const lines = (await downloads[0]!.text()).split('\r\n')
    const chen = lines.find((l) => l.startsWith('Chen'))!
    expect(chen).toContain('资料未填完 · 目前 55 分（暂估）,incomplete,55')
    expect(chen).toMatch(/资料未填完：还缺/)
  })

  it('Excel: the export is a workbook that imports back to the same counts', async () => {
    const user = await importFixture()
    await user.click(await screen.findByRole('button', { name: '导出结果 Excel' }))
    await waitFor(() => expect(downloads).toHaveLength(1))
    const bytes = new Uint8Array(await downloads[0]!.arrayBuffer())
    expect(Array.from(bytes.slice(0, 2))).toEqual([0x50, 0x4b])
    await user.upload(screen.getByLabelText(FILE_LABEL), new File([bytes], 'export.xlsx'))
    await waitFor(() => expect(screen.getByText('已读取 export.xlsx')).toBeInTheDocument())
    expect([count('total'), count('valid'), count('invalid'), count('meets')]).toEqual([9, 5, 4, 2])
  })
})

describe('row actions', () => {
  it('“open in calculator” copies the row into the draft and goes to the calculator', async () => {
    const assign = vi.fn()
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, assign } as Location)
    const user = await importFixture()
    await user.click(await screen.findByRole('button', { name: '在计算器中打开 Bo (bachelor with degree) 的副本' }))
    expect(useDraftStore.getState()).toMatchObject({ draft: { birthDate: '1985-03-10', education: 'bachelorDegree' }, asOfOverride: '2026-11-27', stepId: 'result' })
    expect(assign).toHaveBeenCalledWith('./')
  })

  it('a row’s report button prints that candidate’s report', async () => {
    const user = await importFixture()
    await user.click(await screen.findByRole('button', { name: '打印 Er (one detention) 的报告' }))
    const dialog = await screen.findByRole('dialog', { name: '打印预览' })
    expect(within(dialog).getAllByRole('article')).toHaveLength(1)
    expect(dialog).toHaveTextContent('候选人：Er (one detention)')
  })

  it('prints every filtered row in one go', async () => {
    const user = await importFixture()
    await user.click(await screen.findByRole('radio', { name: '达标（2）' }))
    await user.click(screen.getByRole('button', { name: '打印筛选出的报告（2）' }))
    const dialog = await screen.findByRole('dialog', { name: '打印预览' })
    expect(within(dialog).getAllByRole('article')).toHaveLength(2)
    expect(dialog).toHaveTextContent('候选人：Ada (master + 3x base)')
  })
})

describe('the template', () => {
  it('is written in HR’s words (硕士, 是, 至今) and imports without a single error', async () => {
    const user = userEvent.setup()
    render(<BatchPage />)
    await user.click(screen.getByRole('button', { name: '下载 CSV 模板' }))
    const text = await downloads[0]!.text()
    expect(text).toContain('硕士,是')
    await user.upload(screen.getByLabelText(FILE_LABEL), csvFile(text, 'template.csv'))
    await waitFor(() => expect(screen.getByText('已读取 template.csv')).toBeInTheDocument())
    expect([count('total'), count('invalid')]).toEqual([2, 0])
  })
})

describe('status in words (issue 9): never 达标 unless the status is meets', () => {
  it('rows without social insurance read 资料未填完 · 目前 N 分（暂估）; only meets rows say 达标', async () => {
    await importFixture()
    await screen.findByTestId('batch-summary')
    const statuses = tableRows().map((r) => within(r).getByTestId('row-status'))
    expect(statuses.map((s) => [s.dataset.status, s.textContent])).toEqual([
      ['meets', '达标'],
      ['meets', '达标'],
      ['incomplete', '资料未填完 · 目前 55 分（暂估）'],
      ['vetoed', '一票否决'],
      ['incomplete', '资料未填完 · 目前 90 分（暂估）'],
    ])
  })

  it('the row’s findings are one click away, in words', async () => {
    const user = await importFixture()
    await user.click(await screen.findByRole('button', { name: 'Chen (56 years old) 的详情' }))
    const details = screen.getByTestId('row-details')
    expect(within(details).getByTestId('details-status')).toHaveAttribute('data-status', 'incomplete')
    expect(details).toHaveTextContent('资料未填完：还缺')
  })

  it('a thin margin shows in the row with the points at risk', async () => {
    // 技能二级 with a base 0.5 % above the 1× line (12,434 from 2025-07): the 3-year base rule is at risk.
    const base = Math.round(12434 * 1.005)
    const text = `姓名,出生日期,学历,职称,社保起始月,社保截止月,缴费基数\n王五,1990-05-01,本科,技师,2020-01,至今,${base}\n`
    await importFile(csvFile(text))
    const row = (await screen.findAllByTestId('row-thin-margin'))[0]!
    expect(row.textContent).toMatch(/^临界 \d+ 分$/)
  })
})
