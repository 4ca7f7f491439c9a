// Accent colour for embeds: a host's brand colour, adjusted so that text drawn in it (and white
// text drawn on it) keeps WCAG AA contrast (4.5:1). Pure; no DOM.

export type Rgb = readonly [number, number, number]

const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i

/** "#abc", "abc", "#aabbcc" or "aabbcc" → [r, g, b]; anything else → null. */
export function parseHexColor(value: string): Rgb | null {
  const m = HEX.exec(value.trim())
  if (!m?.[1]) return null
  const digits = m[1].length === 3 ? [...m[1]].map((d) => d + d).join('') : m[1]
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as unknown as Rgb
}

export function toHex(rgb: Rgb): string {
  return '#' + rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')
}

/** WCAG 2.x relative luminance. */
export function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }) as unknown as Rgb
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

/** Mix `rgb` with `other`: weight 0 keeps rgb, 1 gives other. */
function mix(rgb: Rgb, other: Rgb, weight: number): Rgb {
  return rgb.map((c, i) => Math.round(c + (other[i]! - c) * weight)) as unknown as Rgb
}

const BLACK: Rgb = [0, 0, 0]
const WHITE: Rgb = [255, 255, 255]
/** The lightest surfaces accent text sits on besides its own tint: white and slate-100 (#f1f5f9). */
const SURFACES: readonly Rgb[] = [WHITE, [241, 245, 249]]
export const AA = 4.5

/** The least darkening of `rgb` that reaches `ratio` against every background. */
export function darkenToContrast(rgb: Rgb, backgrounds: readonly Rgb[], ratio = AA): Rgb {
  const ok = (c: Rgb) => backgrounds.every((bg) => contrast(c, bg) >= ratio)
  if (ok(rgb)) return rgb
  let lo = 0
  let hi = 1
  // Bisect the mix weight towards black; 20 rounds is far below one 8-bit step.
  for (let i = 0; i < 20; i++) {
    const mid = (lo + hi) / 2
    if (ok(mix(rgb, BLACK, mid))) hi = mid
    else lo = mid
  }
  return mix(rgb, BLACK, hi)
}

export interface AccentShades {
  /** Buttons and accent text: white text on it, and it on light surfaces, both ≥ 4.5:1. */
  600: string
  /** Hover and "current" text, darker. */
  700: string
  /** A light tint for selected backgrounds; 600 and 700 text on it stay ≥ 4.5:1. */
  50: string
  /** True when the requested colour had to be darkened. */
  adjusted: boolean
}

export function accentShades(rgb: Rgb): AccentShades {
  const tint = mix(rgb, WHITE, 0.92)
  const backgrounds = [...SURFACES, tint]
  const base = darkenToContrast(rgb, backgrounds)
  const darker = darkenToContrast(mix(base, BLACK, 0.2), backgrounds)
  return { 600: toHex(base), 700: toHex(darker), 50: toHex(tint), adjusted: toHex(base) !== toHex(rgb) }
}
