// The projected total as a step line against the 120 line, hand-written SVG (no chart library),
// with the day 120 is reached marked, an optional second line for an action, and the same data
// as a table for screen readers and keyboard users.
import { useEffect, useId, useRef, useState } from 'react'
import type { Projection } from '../../engine/project'
import { useT } from '../../i18n/i18n'
import { changeText } from '../../components/result/format'

const HEIGHT = 240
const M = { top: 16, right: 16, bottom: 28, left: 40 }
const ms = (date: string) => Date.parse(`${date}T00:00:00Z`)

/** Width of an element, following resizes (a fixed fallback where ResizeObserver is missing). */
function useWidth(fallback: number) {
  const ref = useRef<HTMLDivElement>(null)
  const [width, setWidth] = useState(fallback)
  useEffect(() => {
    const el = ref.current
    if (!el || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(([entry]) => {
      const w = Math.round(entry!.contentRect.width)
      if (w > 0) setWidth(w)
    })
    observer.observe(el)
    return () => observer.disconnect()
  }, [])
  return [ref, width] as const
}

/** A step path: each total holds until the next assessed date. */
function stepPath(p: Projection, x: (d: string) => number, y: (v: number) => number): string {
  const pts = p.points
  let d = `M${x(pts[0]!.date).toFixed(1)},${y(pts[0]!.total).toFixed(1)}`
  for (let i = 1; i < pts.length; i++) d += `H${x(pts[i]!.date).toFixed(1)}V${y(pts[i]!.total).toFixed(1)}`
  return `${d}H${x(p.until).toFixed(1)}`
}

export function ProjectionChart({ projection, overlay, overlayLabel }: { projection: Projection; overlay?: Projection | null; overlayLabel?: string }) {
  const t = useT()
  const id = useId()
  const [ref, width] = useWidth(640)
  const p = projection
  const first = p.points[0]!
  const last = p.points[p.points.length - 1]!
  const max = Math.max(p.threshold, ...p.points.map((pt) => pt.total), ...(overlay?.points.map((pt) => pt.total) ?? []))
  const yMax = Math.ceil((max + 10) / 40) * 40
  const innerW = Math.max(1, width - M.left - M.right)
  const innerH = HEIGHT - M.top - M.bottom
  const span = Math.max(1, ms(p.until) - ms(p.asOf))
  const x = (d: string) => M.left + ((ms(d) - ms(p.asOf)) / span) * innerW
  const y = (v: number) => M.top + innerH * (1 - v / yMax)

  const startYear = Number(p.asOf.slice(0, 4)) + 1
  const years: number[] = []
  for (let yr = startYear; `${yr}-01-01` <= p.until; yr++) years.push(yr)
  const every = innerW / Math.max(1, years.length) < 36 ? (innerW / Math.max(1, years.length) < 18 ? 5 : 2) : 1
  const yTicks: number[] = []
  for (let v = 0; v <= yMax; v += 40) yTicks.push(v)

  const reach = p.reach
  const reachX = reach ? x(reach) : 0
  const reachTotal = reach ? p.points.find((pt) => pt.date === reach)!.total : 0
  const desc = [
    t('road.chart.desc', { start: p.asOf, from: first.total, end: last.date, to: last.total }),
    reach ? t('road.chart.descReach', { date: reach }) : t('road.chart.descNever'),
  ].join(' ')

  return (
    <figure className="space-y-2">
      <div ref={ref} className="w-full">
        <svg
          width={width}
          height={HEIGHT}
          viewBox={`0 0 ${width} ${HEIGHT}`}
          role="img"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-desc`}
          className="block max-w-full overflow-visible"
          data-testid="road-chart"
        >
          <title id={`${id}-title`}>{t('road.chart.title')}</title>
          <desc id={`${id}-desc`}>{desc}</desc>
          <g className="text-[11px]" fill="#475569">
            {yTicks.map((v) => (
              <g key={v}>
                <line x1={M.left} x2={M.left + innerW} y1={y(v)} y2={y(v)} stroke="#e2e8f0" />
                <text x={M.left - 6} y={y(v) + 4} textAnchor="end">
                  {v}
                </text>
              </g>
            ))}
            {years.map((yr, i) => (
              <g key={yr}>
                <line x1={x(`${yr}-01-01`)} x2={x(`${yr}-01-01`)} y1={M.top + innerH} y2={M.top + innerH + 4} stroke="#94a3b8" />
                {i % every === 0 && (
                  <text x={x(`${yr}-01-01`)} y={HEIGHT - 8} textAnchor="middle">
                    {yr}
                  </text>
                )}
              </g>
            ))}
          </g>
          <line x1={M.left} x2={M.left + innerW} y1={M.top + innerH} y2={M.top + innerH} stroke="#94a3b8" />
          <line x1={M.left} x2={M.left + innerW} y1={y(p.threshold)} y2={y(p.threshold)} stroke="#b91c1c" strokeWidth={1.5} strokeDasharray="6 4" />
          <text x={M.left + innerW} y={y(p.threshold) - 5} textAnchor="end" fill="#b91c1c" className="text-[11px] font-medium">
            {t('road.chart.threshold', { threshold: p.threshold })}
          </text>
          {overlay && <path d={stepPath(overlay, x, y)} fill="none" stroke="#b45309" strokeWidth={2} strokeDasharray="5 3" data-testid="road-chart-overlay" />}
          <path d={stepPath(p, x, y)} fill="none" stroke="#115e59" strokeWidth={2.5} />
          {reach && (
            <g data-testid="road-chart-reach">
              <line x1={reachX} x2={reachX} y1={M.top} y2={M.top + innerH} stroke="#115e59" strokeDasharray="2 3" />
              <circle cx={reachX} cy={y(reachTotal)} r={5} fill="#115e59" stroke="#fff" strokeWidth={2} />
              <text
                x={reachX + (reachX < M.left + innerW / 2 ? 6 : -6)}
                y={M.top + 10}
                textAnchor={reachX < M.left + innerW / 2 ? 'start' : 'end'}
                fill="#115e59"
                className="text-[12px] font-semibold"
              >
                {t('road.chart.reach', { date: reach })}
              </text>
            </g>
          )}
        </svg>
      </div>
      <figcaption className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
        <span className="inline-flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-block h-0.5 w-5 bg-accent-700" />
          {t('road.chart.legendCurrent')}
        </span>
        {overlay && overlayLabel && (
          <span className="inline-flex items-center gap-1.5">
            <span aria-hidden="true" className="inline-block w-5 border-t-2 border-dashed border-amber-700" />
            {t('road.chart.legendAction', { action: overlayLabel })}
          </span>
        )}
        <span className="inline-flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-block w-5 border-t-2 border-dashed border-red-700" />
          {t('road.chart.legendThreshold')}
        </span>
      </figcaption>
      <ProjectionTable projection={p} />
    </figure>
  )
}

function ProjectionTable({ projection }: { projection: Projection }) {
  const t = useT()
  const byDate = new Map<string, string[]>()
  for (const c of projection.changes) byDate.set(c.date, [...(byDate.get(c.date) ?? []), changeText(t, c)])
  return (
    <details className="rounded-md border border-slate-200 bg-white">
      <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-accent-700">{t('road.table.show')}</summary>
      <div className="max-h-96 overflow-auto" tabIndex={0} role="region" aria-label={t('road.table.caption')}>
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t('road.table.caption')}</caption>
          <thead className="sticky top-0 bg-slate-50">
            <tr>
              <th scope="col" className="px-3 py-1.5 font-medium">
                {t('road.table.date')}
              </th>
              <th scope="col" className="px-3 py-1.5 text-right font-medium">
                {t('road.table.total')}
              </th>
              <th scope="col" className="px-3 py-1.5 font-medium">
                {t('road.table.change')}
              </th>
            </tr>
          </thead>
          <tbody>
            {projection.points.map((pt, i) => {
              const changes = byDate.get(pt.date)
              // Month starts read as months, unless something changes on that exact day.
              const exact = i === 0 || !pt.date.endsWith('-01') || projection.changes.some((c) => c.date === pt.date && c.precision === 'day')
              return (
                <tr key={pt.date} className={`border-t border-slate-100 ${pt.date === projection.reach ? 'bg-accent-50 font-semibold' : ''}`}>
                  <th scope="row" className="whitespace-nowrap px-3 py-1 font-normal tabular-nums">
                    {exact ? pt.date : pt.date.slice(0, 7)}
                  </th>
                  <td className="px-3 py-1 text-right tabular-nums">{pt.total}</td>
                  <td className="px-3 py-1 text-slate-700">{changes?.join(' · ') ?? ''}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </details>
  )
}
