import { useT } from '../../i18n/i18n'
import { useAssessment, type StepId } from '../../state/draft-store'
import { goToStep } from './leave-step'
import { stepOfPath, STEPS } from './steps'

/** The numbered step buttons with progress (also the embed widget's). */
export function StepList({ current }: { current: StepId }) {
  const t = useT()
  const { errors } = useAssessment()
  const withErrors = new Set(errors.map((e) => stepOfPath(e.path)))
  const index = STEPS.findIndex((s) => s.id === current)
  return (
    <nav aria-label={t('wizard.steps.label')}>
      <p className="text-sm text-slate-700">
        {t('wizard.steps.progress', { n: index + 1, count: STEPS.length })}
        <span className="sm:hidden">
          {t('wizard.steps.current', { name: t(STEPS[index]!.title) })}
        </span>
      </p>
      <ol className="mt-2 grid grid-cols-6 gap-1 sm:gap-2">
        {STEPS.map((s, i) => {
          const here = s.id === current
          const done = i < index
          return (
            <li key={s.id}>
              <button
                type="button"
                onClick={() => goToStep(s.id)}
                aria-current={here ? 'step' : undefined}
                className={`flex w-full flex-col items-center gap-1 rounded-md px-1 py-1.5 text-center text-xs leading-tight hover:bg-slate-100 sm:text-sm ${here ? 'font-semibold text-accent-700' : 'text-slate-700'}`}
              >
                <span
                  aria-hidden="true"
                  className={`relative flex size-8 items-center justify-center rounded-full border-2 text-sm font-semibold ${here ? 'border-accent-600 bg-accent-600 text-white' : done ? 'border-accent-600 bg-accent-50 text-accent-700' : 'border-slate-400 bg-white text-slate-700'}`}
                >
                  {i + 1}
                  {withErrors.has(s.id) && <span className="absolute -right-1 -top-1 size-3 rounded-full border-2 border-white bg-red-600" />}
                </span>
                <span className="sr-only sm:not-sr-only">{t(s.title)}</span>
                {withErrors.has(s.id) && <span className="sr-only">{t('wizard.steps.hasErrors')}</span>}
              </button>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
