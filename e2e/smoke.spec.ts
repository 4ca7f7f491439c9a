import { test, expect } from './fixtures'

test('the app loads in Chinese with a title and makes no request beyond its own origin', async ({ page }) => {
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await expect(page).toHaveTitle(/上海居住证积分/)
})
