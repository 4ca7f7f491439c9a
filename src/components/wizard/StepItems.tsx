// The items a step's answers feed, with their points so far, shown under the step.
import { useT } from '../../i18n/i18n'
import { useAssessment } from '../../state/draft-store'
import { ItemLine, itemDoubted } from '../result/Breakdown'
import type { StepSpec } from './steps'

export function StepItems({ step }: { step: StepSpec }) {
  const t = useT()
  const { assessment } = useAssessment()
  const items = assessment.items.filter((i) => step.items.includes(i.id))
  return (
    <section aria-labelledby="step-items" className="mt-8 rounded-md bg-slate-50 p-3 sm:p-4">
      <h3 id="step-items" className="text-sm font-semibold text-slate-700">
        {t('wizard.stepItems')}
      </h3>
      <ul className="mt-2 divide-y divide-slate-200">
        {items.map((item) => (
          <ItemLine key={item.id} item={item} compact doubt={itemDoubted(assessment, item)} />
        ))}
      </ul>
    </section>
  )
}
