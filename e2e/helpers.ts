// Helpers shared by the e2e specs: open the calculator on a stored draft, and reach the widget's
// frame and the messages its host page received.
import { expect, type Frame, type Page } from '@playwright/test'

/** Open the calculator with `draft` saved, on `stepId`, in `lang`, assessed on `asOf`. */
export async function openDraft(page: Page, draft: object, { asOf, stepId = 'result', lang = 'zh' }: { asOf: string; stepId?: string; lang?: 'zh' | 'en' }) {
  await page.goto('/')
  await page.evaluate(
    ([draft, asOf, stepId, lang]) => {
      localStorage.setItem('sh-points:draft', JSON.stringify({ v: 1, draft, stepId, asOfOverride: asOf }))
      localStorage.setItem('sh-points:lang', lang)
    },
    [draft, asOf, stepId, lang] as const,
  )
  await page.reload()
}

/** The widget's frame on a host page, once it has rendered. */
export async function widgetFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().includes('embed=1'))).toBe(true)
  const frame = page.frames().find((f) => f.url().includes('embed=1'))!
  await frame.waitForSelector('[data-testid="embed-widget"]')
  return frame
}

export interface HostMessage {
  origin: string
  at?: number
  data: { source?: string; type?: string; [k: string]: unknown }
}

/** Every message the host page received (consultancy.html records rawMessages, iframe.html messages). */
export const hostMessages = (page: Page): Promise<HostMessage[]> =>
  page.evaluate(() => {
    const w = window as unknown as { rawMessages?: HostMessage[]; messages: HostMessage[] }
    return w.rawMessages ?? w.messages
  })

/** The widget's messages of one type. */
export const widgetMessages = async (page: Page, type: string) =>
  (await hostMessages(page)).filter((m) => m.data?.source === 'sh-points' && m.data.type === type)
