// Profile errors as "field: what is wrong", in the user's language.
import type { ProfileError } from '../../engine/schema'
import { useT } from '../../i18n/i18n'
import { errorText, fieldLabel } from '../../components/result/explain'

export function FieldErrorList({ errors }: { errors: readonly ProfileError[] }) {
  const t = useT()
  return (
    <ul className="mt-1 list-disc pl-5">
      {errors.map((e, i) => (
        <li key={i}>
          {t('wizard.result.itemPrefix', { item: fieldLabel(t, e.path) })}
          {errorText(t, e)}
        </li>
      ))}
    </ul>
  )
}
