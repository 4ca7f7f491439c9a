// Draws the app icons in public/ (PNG, for the web manifest) with Chromium from one SVG design.
// usage: node scripts/make-icons.mjs — needs /usr/bin/chromium; the PNGs are committed.
import { chromium } from 'playwright-core'

const svg = (maskable) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
  <rect width="64" height="64" rx="${maskable ? 0 : 14}" fill="#0f766e"/>
  <text x="32" y="${maskable ? 40 : 43}" font-family="'Noto Sans CJK SC', sans-serif" font-size="${maskable ? 22 : 30}" font-weight="700" text-anchor="middle" fill="#fff">120</text></svg>`

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] })
for (const [file, size, maskable] of [['icon-192.png', 192, false], ['icon-512.png', 512, false], ['icon-maskable-512.png', 512, true], ['apple-touch-icon.png', 180, true]]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } })
  await page.setContent(`<body style="margin:0">${svg(maskable).replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`)
  await page.screenshot({ path: `public/${file}`, omitBackground: true })
  await page.close()
}
await browser.close()
