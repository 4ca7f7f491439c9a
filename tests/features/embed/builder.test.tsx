import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import EmbedBuilderPage from '../../../src/features/embed/EmbedBuilderPage'
import { useLangStore } from '../../../src/i18n/i18n'

const codeOf = (title: RegExp) => (screen.getByRole('textbox', { name: title }) as HTMLTextAreaElement).value
const scriptCode = () => codeOf(/一行代码安装/)
const iframeCode = () => codeOf(/^普通 iframe/)

beforeEach(() => {
  useLangStore.setState({ lang: 'zh' })
})

afterEach(() => {
  vi.restoreAllMocks()
})

describe('embed builder', () => {
  it('starts with the UI language and a script snippet pointing at embed.js next to the app', () => {
    render(<EmbedBuilderPage />)
    expect(scriptCode()).toBe(`<script src="${new URL('./embed.js', location.href).href}" data-lang="zh" async></script>`)
    expect(iframeCode()).toContain('height="900"')
  })

  it('language, colour, compact and events flow into both snippets', async () => {
    const user = userEvent.setup()
    render(<EmbedBuilderPage />)
    await user.click(screen.getByRole('radio', { name: /英文/ }))
    await user.type(screen.getByRole('textbox', { name: '主题色' }), '#0A7F6F')
    await user.click(screen.getByRole('checkbox', { name: /紧凑模式/ }))
    await user.click(screen.getByRole('checkbox', { name: /总分发送/ }))
    expect(scriptCode()).toContain('data-lang="en" data-color="#0a7f6f" data-compact="1" data-events="result" async')
    const src = new URL(/src="([^"]+)"/.exec(iframeCode())![1]!.replaceAll('&amp;', '&'))
    expect(Object.fromEntries(src.searchParams)).toEqual({ embed: '1', lang: 'en', color: '#0a7f6f', compact: '1', events: 'result' })
    expect(iframeCode()).toContain('title="Shanghai residence permit points calculator"')
    // Without an origin the plain iframe cannot receive results, and the page says so.
    expect(screen.getByText(/未填写来源时/)).toBeInTheDocument()
  })

  it('an invalid colour is named at the field and never reaches the snippets', async () => {
    const user = userEvent.setup()
    render(<EmbedBuilderPage />)
    const field = screen.getByRole('textbox', { name: '主题色' })
    await user.type(field, 'red"><script>')
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(field).toHaveAccessibleDescription(/不是十六进制颜色/)
    expect(field).toHaveValue('red"><script>')
    expect(scriptCode()).not.toContain('data-color')
    expect(iframeCode()).not.toContain('color=')
  })

  it('a colour too light for AA is shown with the darker shade the widget will use', async () => {
    const user = userEvent.setup()
    render(<EmbedBuilderPage />)
    await user.type(screen.getByRole('textbox', { name: '主题色' }), '#ffd700')
    expect(screen.getByText(/将使用稍深的 #[0-9a-f]{6}/)).toBeInTheDocument()
    // The snippet carries the requested colour; the widget derives the same shade itself.
    expect(scriptCode()).toContain('data-color="#ffd700"')
  })

  it('the iframe origin must be an http(s) origin; a valid one is passed as parentOrigin', async () => {
    const user = userEvent.setup()
    render(<EmbedBuilderPage />)
    const field = screen.getByRole('textbox', { name: /您网站的来源/ })
    await user.type(field, 'https://consult.example/page')
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(field).toHaveAccessibleDescription(/不是有效的来源/)
    expect(iframeCode()).not.toContain('parentOrigin')
    await user.clear(field)
    await user.type(field, 'https://consult.example')
    expect(field).toHaveAttribute('aria-invalid', 'false')
    expect(iframeCode()).toContain('parentOrigin=https%3A%2F%2Fconsult.example')
    expect(scriptCode()).not.toContain('parentOrigin')
  })

  it('copy puts the exact snippet on the clipboard and confirms it', async () => {
    const user = userEvent.setup()
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue()
    render(<EmbedBuilderPage />)
    const section = screen.getByRole('region', { name: /一行代码安装/ })
    await user.click(within(section).getByRole('button', { name: '复制代码' }))
    expect(writeText).toHaveBeenCalledWith(scriptCode())
    expect(within(section).getByRole('status')).toHaveTextContent('已复制到剪贴板。')
  })

  it('when the clipboard refuses, the code is selected and the user is told to press Ctrl+C', async () => {
    const user = userEvent.setup()
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'))
    render(<EmbedBuilderPage />)
    const section = screen.getByRole('region', { name: /^普通 iframe/ })
    await user.click(within(section).getByRole('button', { name: '复制代码' }))
    expect(within(section).getByRole('status')).toHaveTextContent(/Ctrl\+C/)
    const area = within(section).getByRole('textbox') as HTMLTextAreaElement
    expect([area.selectionStart, area.selectionEnd]).toEqual([0, area.value.length])
  })

  it('shows the English builder completely in English', () => {
    useLangStore.setState({ lang: 'en' })
    render(<EmbedBuilderPage />)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Embed on your site')
    expect(screen.getByRole('checkbox', { name: /Send the visitor’s total/ })).toBeInTheDocument()
    expect(codeOf(/One-line install/)).toContain('data-lang="en"')
  })

  it('a wildcard origin gets its own error and never reaches the iframe snippet', async () => {
    const user = userEvent.setup()
    render(<EmbedBuilderPage />)
    const field = screen.getByRole('textbox', { name: /您网站的来源/ })
    await user.type(field, 'https://*.example.com')
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(field).toHaveAccessibleDescription(/含有通配符 \*/)
    expect(iframeCode()).not.toContain('parentOrigin')
    expect(iframeCode()).not.toContain('%2A')
  })

  it('the plain iframe grants clipboard-write, like the loader', () => {
    render(<EmbedBuilderPage />)
    expect(iframeCode()).toContain('allow="clipboard-write"')
  })

  it('a contact button on the site’s origin flows into both snippets; one on another origin is refused at the field', async () => {
    const user = userEvent.setup()
    render(<EmbedBuilderPage />)
    await user.type(screen.getByRole('textbox', { name: /您网站的来源/ }), 'https://consult.example')
    const url = screen.getByRole('textbox', { name: '按钮打开的网址' })
    await user.type(url, 'https://evil.example/contact')
    expect(url).toHaveAttribute('aria-invalid', 'true')
    expect(url).toHaveAccessibleDescription(/不在 https:\/\/consult\.example 上/)
    expect(scriptCode()).not.toContain('data-cta')
    await user.clear(url)
    await user.type(url, 'https://consult.example/contact')
    await user.type(screen.getByRole('textbox', { name: /按钮文字/ }), '预约"咨询')
    expect(scriptCode()).toContain('data-cta="https://consult.example/contact" data-cta-label="预约&quot;咨询"')
    const src = new URL(/src="([^"]+)"/.exec(iframeCode())![1]!.replaceAll('&amp;', '&'))
    expect(src.searchParams.get('cta')).toBe('https://consult.example/contact')
    expect(src.searchParams.get('ctaLabel')).toBe('预约"咨询')
    expect(screen.getByRole('heading', { name: '在您的页面上接收咨询请求' })).toBeInTheDocument()
  })
})
