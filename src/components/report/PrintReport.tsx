// One candidate's report on one A4 page: answers, every item with its points and reference, the
// findings, the ruleset and dates, and the disclaimer. Screen and print share this markup; the
// print sizes live in print.css.
import { registerMessages } from '../../i18n/catalog'
import { useT } from '../../i18n/i18n'
import * as engineDetail from '../../i18n/messages/engine-detail'
import * as messages from '../../i18n/messages/print'
import * as result from '../../i18n/messages/result'
import type { Profile } from '../../engine/schema'
import type { Assessment } from '../../engine/types'
import { basisText, bySeverity, findingText, itemName, reasonText, referenceText, signedPoints, sourcesNote } from '../result/explain'
import { itemDoubted } from '../result/Breakdown'
import { thinMarginText } from '../result/thin-margin'
import { eligibleFromText, missingFields, verdictText } from '../result/headline'
import { periodLines, profileEntries } from './profile-entries'
import './print.css'

// The report's own messages, and the findings and rule sentences it shows.
registerMessages(messages)
registerMessages(engineDetail)
registerMessages(result)

/** The road to 120 in a few lines: the date, and the next steps (or the risks to a 120 reached). */
export interface RoadDigest {
  date: string
  heading: 'next' | 'keep'
  steps: string[]
}

export interface ReportData {
  profile: Profile
  assessment: Assessment
  /** The candidate's label (batch rows); absent for one's own report. */
  candidate?: string
  road?: RoadDigest
}

interface Props extends ReportData {
  /** Date the report is generated (today in Shanghai). */
  generated: string
  /** Test id on the total, e.g. "score-total" where the report is the page's score. */
  totalTestId?: string
  headingId?: string
}

export function PrintReport({ profile, assessment, candidate, road, generated, totalTestId, headingId }: Props) {
  const t = useT()
  const entries = profileEntries(t, profile)
  const periods = periodLines(t, profile)
  // Each document is named once, under the table; the rows cite it by number.
  const sources = [...new Set(assessment.items.map((i) => referenceText(t, i.reference).source))]
  const status = verdictText(t, assessment)
  const missing = missingFields(t, assessment)
  const eligible = eligibleFromText(t, assessment)
  const thin = assessment.status === 'vetoed' ? null : thinMarginText(t, assessment, profile)
  const unconfirmed = sourcesNote(t, assessment.items.map((i) => i.reference))
  return (
    <article className="print-report text-slate-900" aria-labelledby={headingId}>
      <header className="border-b-2 border-slate-800 pb-1">
        <h2 id={headingId} className="text-lg font-bold leading-tight">
          {t('print.title')}
        </h2>
        {candidate && <p className="font-medium">{t('print.candidate', { name: candidate })}</p>}
        <dl className="mt-0.5 flex flex-wrap gap-x-4 text-xs">
          {[
            [t('print.asOf'), assessment.asOf],
            [t('print.ruleset'), assessment.ruleset ? t(`engine.ruleset.${assessment.ruleset}`) : t('print.rulesetNone')],
            [t('print.generated'), generated],
          ].map(([term, value]) => (
            <div key={term} className="flex gap-1">
              <dt className="text-slate-600">{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </header>

      <p className="mt-2 flex flex-wrap items-baseline gap-x-3">
        <span className="text-sm font-medium">{t('print.total')}</span>
        <span className="text-3xl font-bold tabular-nums" data-testid={totalTestId}>
          {assessment.total}
        </span>
        <span className="text-sm text-slate-700">{t('print.threshold', { threshold: assessment.threshold })}</span>
        <strong
          className={assessment.status === 'meets' ? 'text-accent-700' : 'text-red-800'}
          data-testid={totalTestId ? 'verdict' : undefined}
          data-status={assessment.status}
        >
          {status}
        </strong>
      </p>
      {(missing || eligible || thin) && (
        <p className="report-verdict-notes">
          {[missing?.text, eligible?.text].filter(Boolean).join(' ')}
          {thin && <strong className="report-thin">{thin}</strong>}
        </p>
      )}
      {road && (
        <section className="mt-1" data-testid="report-road">
          <h3 className="report-h3">{t('print.road')}</h3>
          <p className="font-semibold">{road.date}</p>
          {road.steps.length > 0 && (
            <>
              <p className="text-xs">{t(road.heading === 'keep' ? 'print.road.keep' : 'print.road.next')}</p>
              <ol className="report-steps">
                {road.steps.map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ol>
            </>
          )}
        </section>
      )}

      <section className="mt-2">
        <h3 className="report-h3">{t('print.inputs')}</h3>
        {entries.length || periods.length ? (
          <dl className="report-inputs">
            {entries.map((e) => (
              <div key={e.path}>
                <dt>{e.label}</dt>
                <dd>{e.value}</dd>
              </div>
            ))}
            {periods.length > 0 && (
              <div className="report-periods">
                <dt>{t('engine.field.socialInsurance')}</dt>
                <dd>{periods.join('；')}</dd>
              </div>
            )}
          </dl>
        ) : (
          <p className="text-xs">{t('print.inputsNone')}</p>
        )}
      </section>

      <section className="mt-2">
        <h3 className="report-h3">{t('print.items')}</h3>
        <table className="report-items">
          <colgroup>
            <col />
            <col />
            <col />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('print.col.item')}</th>
              <th scope="col" className="text-right">
                {t('print.col.points')}
              </th>
              <th scope="col">{t('print.col.basis')}</th>
              <th scope="col">{t('print.col.reference')}</th>
            </tr>
          </thead>
          <tbody>
            {assessment.items.map((item) => {
              const notes = [item.reason === 'notClaimed' ? null : basisText(t, item), reasonText(t, item)].filter(Boolean).join(' ')
              return (
                <tr key={item.id} data-item={item.id}>
                  <th scope="row">
                    {itemName(t, item.id)}
                    {itemDoubted(assessment, item) && <span className="report-doubt">{t('engine.uncertain')}</span>}
                  </th>
                  <td className="text-right tabular-nums font-semibold">
                    {signedPoints(item.points)}
                    {item.max !== null && <span className="font-normal text-slate-600">/{item.max}</span>}
                  </td>
                  <td>{notes}</td>
                  <td>
                    [{sources.indexOf(referenceText(t, item.reference).source) + 1}] <span lang="zh-CN">{item.reference.line}</span>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
        <ol className="report-sources">
          {sources.map((source, i) => (
            <li key={source}>
              [{i + 1}] {source}
            </li>
          ))}
        </ol>
        {unconfirmed && <p className="report-sources">{unconfirmed}</p>}
      </section>

      <section className="mt-2">
        <h3 className="report-h3">{t('print.findings')}</h3>
        {assessment.findings.length ? (
          <ul className="report-findings">
            {bySeverity(assessment.findings).map((f, i) => (
              <li key={i} data-finding={f.code}>
                <strong>[{t(`engine.severity.${f.severity}`)}]</strong> {f.item && t('wizard.result.itemPrefix', { item: itemName(t, f.item) })}
                {findingText(t, f)}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-xs">{t('print.noFindings')}</p>
        )}
      </section>

      <footer className="mt-3 border-t border-slate-400 pt-1 text-xs">
        <p className="font-semibold">{t('print.disclaimer')}</p>
        <p>{t('print.privacy')}</p>
      </footer>
    </article>
  )
}
