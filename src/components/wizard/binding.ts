// What the wizard's fields edit: by default the draft store (the calculator, the widget); a
// DraftBindingProvider binds them to another draft instead (a what-if scenario of the road panel),
// so that one set of field components serves both.
import { createContext, useContext, type ComponentType } from 'react'
import type { ProfileError } from '../../engine/schema'
import { updateDraft, useAssessment, useDraftStore, type Draft, type DraftValue } from '../../state/draft-store'
import type { Option } from './fields'

/** A choice as one control (the compact form's select): what FieldView hands it. */
export interface ChoiceControlProps {
  id: string
  label: string
  options: readonly Option[]
  /** As typed: may be outside the options (an imported value), shown next to its error. */
  value: DraftValue | undefined
  /** undefined: unanswered. */
  onChange: (v: string | undefined) => void
  errors: readonly string[]
}

export interface DraftBinding {
  draft: Draft
  update: (edit: (draft: Draft) => Draft) => void
  /** The schema's errors for this draft, by contract path. */
  errors: readonly ProfileError[]
  /** Prefix of the controls' ids, so that several forms can be on one page ('' for the wizard). */
  idPrefix: string
  /**
   * The compact form (the scenario editor): short labels, no hints, no wizard-only help, and
   * choices (yes/no too) in the given control. Absent: the wizard's form.
   */
  compact?: { Choice: ComponentType<ChoiceControlProps> }
}

const Binding = createContext<DraftBinding | null>(null)
export const DraftBindingProvider = Binding.Provider

/** The draft the fields around edit: the provided one, else the store's. */
export function useDraftBinding(): DraftBinding {
  const bound = useContext(Binding)
  const draft = useDraftStore((s) => s.draft)
  const { errors } = useAssessment()
  return bound ?? { draft, update: updateDraft, errors, idPrefix: '' }
}
