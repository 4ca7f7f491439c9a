// Form controls bound to the draft. Each keeps what the user typed, shows the schema's error for
// its path right below it, and links label, hint and error for screen readers.
import { useState, type ReactNode } from 'react'
import { useT } from '../../i18n/i18n'
import type { DraftValue } from '../../state/draft-store'
import { useDraftBinding } from './binding'
import { errorText } from '../result/explain'
import { isIsoDate, isIsoMonth } from '../../lib/typed-input'

export const fieldId = (path: string) => `f-${path.replace(/\./g, '-')}`

/** Localised errors for one contract path ("birthDate", "socialInsurance.0.base") of the bound draft. */
export function useFieldErrors(path: string): string[] {
  const t = useT()
  const { errors } = useDraftBinding()
  return errors.filter((e) => e.path === path).map((e) => errorText(t, e))
}

export function describedBy(id: string, hint: boolean, errors: readonly string[]): string | undefined {
  const ids = [hint && `${id}-hint`, errors.length > 0 && `${id}-error`].filter(Boolean)
  return ids.length ? ids.join(' ') : undefined
}

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
      {children}
    </p>
  )
}

export function ErrorText({ id, errors }: { id: string; errors: readonly string[] }) {
  if (!errors.length) return null
  return (
    <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
      {errors.join(' ')}
    </p>
  )
}

export const inputClass =
  'mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700'

/** What a native date picker reports while its year has fewer than four digits typed. */
const PARTIAL_YEAR = /^0\d{3}-/

export interface TextLikeProps {
  id: string
  value: DraftValue | undefined
  onChange: (v: DraftValue | undefined) => void
  errors: readonly string[]
  hint: boolean
}

/**
 * A native date (or month) picker; a stored value the picker cannot show (an imported "1990-13-45")
 * falls back to a text box so that it stays visible and editable next to its error.
 */
export function DateInput({ id, value, onChange, errors, hint, month = false }: TextLikeProps & { month?: boolean }) {
  // A year still being typed in a native picker reads "0199-…": it is kept here, not judged, until
  // the fourth digit or until the field is left (no "too early" flashing at every keystroke).
  const [typing, setTyping] = useState<string | null>(null)
  const text = typing ?? (typeof value === 'string' ? value : value === undefined ? '' : String(value))
  const native = text === '' || (month ? isIsoMonth(text) : isIsoDate(text))
  return (
    <input
      id={id}
      type={native ? (month ? 'month' : 'date') : 'text'}
      value={text}
      min={month ? '1900-01' : '1900-01-01'}
      placeholder={month ? 'YYYY-MM' : 'YYYY-MM-DD'}
      onChange={(e) => {
        const v = e.target.value
        if (PARTIAL_YEAR.test(v)) return setTyping(v)
        setTyping(null)
        onChange(v || undefined)
      }}
      onBlur={() => {
        if (typing === null) return
        setTyping(null)
        onChange(typing)
      }}
      aria-invalid={typing === null && errors.length > 0}
      aria-describedby={describedBy(id, hint, errors)}
      className={inputClass}
    />
  )
}

export interface Option {
  value: string
  label: string
}

/** Label + control + hint + error for one text-like field. */
export function Field({ id, label, hint, errors, children, suffix }: {
  id: string
  label: string
  hint?: string
  errors: readonly string[]
  children: ReactNode
  suffix?: string
}) {
  return (
    <div>
      <label htmlFor={id} className="block font-medium text-slate-900">
        {label}
      </label>
      {hint && <Hint id={id}>{hint}</Hint>}
      <div className="flex items-center gap-2">
        <div className="min-w-0 flex-1 sm:max-w-xs">{children}</div>
        {suffix && <span className="mt-1 text-sm text-slate-600">{suffix}</span>}
      </div>
      <ErrorText id={id} errors={errors} />
    </div>
  )
}
