// One page per report, whatever it holds: a report taller than an A4 page is zoomed out to fit.

/**
 * Content height ÷ width of an A4 page with the margins of print.css (277 mm × 186 mm), less 4 %
 * because print layout runs slightly taller than the same layout on screen.
 */
const PAGE_RATIO = (277 / 186) * 0.96

/** The sheet lays the report out at the printed width, so the ratio measured here is the printed one. */
export function fitToPage(sheets: HTMLElement) {
  for (const report of sheets.querySelectorAll<HTMLElement>('.print-report')) {
    report.style.zoom = ''
    const fit = (report.clientWidth * PAGE_RATIO) / report.scrollHeight
    if (fit < 1) report.style.zoom = String(Math.floor(fit * 100) / 100)
  }
}
