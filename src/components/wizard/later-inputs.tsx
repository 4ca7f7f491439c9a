// The controls that only the later steps, the contribution editor and the road use: the first
// step (dates only) does without them, so they stay off the first screen's path (a lazy chunk
// with those screens).
import { useState } from 'react'
import type { DraftValue } from '../../state/draft-store'
import { parseNumber } from '../../lib/typed-input'
import { describedBy, ErrorText, fieldId, Hint, inputClass, type Option, type TextLikeProps } from './fields'

const shown = (v: DraftValue | undefined) => (v === undefined ? '' : String(v))

/** A number box that keeps the exact text while typing ("12." stays "12.") and follows outside changes. */
export function NumberInput({ id, value, onChange, errors, hint, integer }: TextLikeProps & { integer: boolean }) {
  const [text, setText] = useState(() => shown(value))
  const [seen, setSeen] = useState(value)
  if (seen !== value) {
    // The draft changed from elsewhere (reset, import): show it unless it is what the text means.
    setSeen(value)
    if (parseNumber(text) !== value) setText(shown(value))
  }
  return (
    <input
      id={id}
      type="text"
      inputMode={integer ? 'numeric' : 'decimal'}
      autoComplete="off"
      value={text}
      onChange={(e) => {
        setText(e.target.value)
        onChange(parseNumber(e.target.value))
      }}
      aria-invalid={errors.length > 0}
      aria-describedby={describedBy(id, hint, errors)}
      className={inputClass}
    />
  )
}

/** A pick-one question as a radio group (every option visible, no hidden dropdown). */
export function RadioGroup({
  name,
  legend,
  hint,
  options,
  value,
  onChange,
  errors,
  columns = false,
}: {
  name: string
  legend: string
  hint?: string
  options: readonly Option[]
  value: string | undefined
  onChange: (v: string) => void
  errors: readonly string[]
  columns?: boolean
}) {
  const id = fieldId(name)
  return (
    <fieldset aria-describedby={describedBy(id, !!hint, errors)} aria-invalid={errors.length > 0 || undefined}>
      <legend className="font-medium text-slate-900">{legend}</legend>
      {hint && <Hint id={id}>{hint}</Hint>}
      <div className={`mt-2 grid gap-2 ${columns ? 'sm:grid-cols-2' : ''}`}>
        {options.map((o) => (
          <label
            key={o.value}
            className="flex cursor-pointer items-start gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 has-[:checked]:border-accent-600 has-[:checked]:bg-accent-50"
          >
            <input
              type="radio"
              name={id}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
              className="mt-1 size-4 shrink-0 accent-accent-600"
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      <ErrorText id={id} errors={errors} />
    </fieldset>
  )
}

export function Checkbox({ path, checked, onChange, label, hint, errors }: {
  path: string
  checked: boolean
  onChange: (v: boolean) => void
  label: string
  hint: string
  errors: readonly string[]
}) {
  const id = fieldId(path)
  return (
    <div>
      <label className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-300 bg-white px-3 py-3 has-[:checked]:border-accent-600 has-[:checked]:bg-accent-50">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          aria-describedby={describedBy(id, true, errors)}
          className="mt-1 size-4 shrink-0 accent-accent-600"
        />
        <span className="font-medium text-slate-900">{label}</span>
      </label>
      <Hint id={id}>{hint}</Hint>
      <ErrorText id={id} errors={errors} />
    </div>
  )
}
