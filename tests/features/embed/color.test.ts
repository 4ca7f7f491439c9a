import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { AA, accentShades, contrast, darkenToContrast, luminance, parseHexColor, toHex, type Rgb } from '../../../src/features/embed/color'

const WHITE: Rgb = [255, 255, 255]
const SLATE_100: Rgb = [241, 245, 249]
const rgbOf = (hex: string) => parseHexColor(hex)!

describe('hex colours', () => {
  it.each([
    ['#0a7f6f', [10, 127, 111]],
    ['0A7F6F', [10, 127, 111]],
    ['#fa0', [255, 170, 0]],
    [' #000000 ', [0, 0, 0]],
  ])('parses %j', (input, rgb) => {
    expect(parseHexColor(input)).toEqual(rgb)
  })

  it.each(['red', '#abcd', '#12345g', '', '#', 'url(x)', '#0a7f6f;background:red', 'rgb(1,2,3)'])('rejects %j', (input) => {
    expect(parseHexColor(input)).toBeNull()
  })

  it('round-trips through toHex in lower case', () => {
    expect(toHex(rgbOf('#0A7F6F'))).toBe('#0a7f6f')
  })
})

describe('WCAG contrast', () => {
  it('white has luminance 1 and black 0, so their contrast is 21:1', () => {
    expect(luminance(WHITE)).toBe(1)
    expect(luminance([0, 0, 0])).toBe(0)
    expect(contrast(WHITE, [0, 0, 0])).toBeCloseTo(21, 5)
  })

  it('#777777 on white is 4.48:1, just below AA (a well-known reference value)', () => {
    expect(contrast(rgbOf('#777777'), WHITE)).toBeCloseTo(4.48, 2)
  })

  it('darkening stops at the first shade that reaches the ratio', () => {
    const dark = darkenToContrast(rgbOf('#777777'), [WHITE])
    expect(contrast(dark, WHITE)).toBeGreaterThanOrEqual(AA)
    // One 8-bit step lighter would fail again: the darkening is minimal.
    expect(contrast(dark.map((c) => c + 1) as unknown as Rgb, WHITE)).toBeLessThan(AA + 0.1)
  })
})

describe('accent shades keep AA contrast', () => {
  it('keeps an accessible colour as it is', () => {
    const shades = accentShades(rgbOf('#0f766e'))
    expect(shades[600]).toBe('#0f766e')
    expect(shades.adjusted).toBe(false)
  })

  it('darkens a light brand colour (gold) until white text on it and it on light surfaces pass AA', () => {
    const shades = accentShades(rgbOf('#ffd700'))
    expect(shades.adjusted).toBe(true)
    const base = rgbOf(shades[600])
    expect(contrast(base, WHITE)).toBeGreaterThanOrEqual(AA)
    expect(contrast(base, SLATE_100)).toBeGreaterThanOrEqual(AA)
    // Still the same hue family: red ≥ green > blue, as in the gold it came from.
    expect(base[0]).toBeGreaterThanOrEqual(base[1])
    expect(base[1]).toBeGreaterThan(base[2])
  })

  it('for any colour, 600 and 700 reach 4.5:1 on white, slate-100 and the 50 tint; 700 is not lighter than 600', () => {
    fc.assert(
      fc.property(fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 })), (rgb) => {
        const s = accentShades(rgb)
        const [c600, c700, c50] = [rgbOf(s[600]), rgbOf(s[700]), rgbOf(s[50])]
        for (const bg of [WHITE, SLATE_100, c50]) {
          expect(contrast(c600, bg)).toBeGreaterThanOrEqual(AA)
          expect(contrast(c700, bg)).toBeGreaterThanOrEqual(AA)
        }
        expect(luminance(c700)).toBeLessThanOrEqual(luminance(c600))
      }),
      { numRuns: 300 },
    )
  })
})
