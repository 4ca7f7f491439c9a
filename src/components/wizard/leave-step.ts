// No typed input is dropped silently: a form with an "add" button (the social-insurance quick
// entry) registers here while it is on screen. Leaving the step first asks it to add what was
// typed; if that is not valid, the step stays, and the form shows why and takes the focus.
import { setStep, type StepId } from '../../state/draft-store'

/** 'added' (or nothing typed): fine to leave; 'invalid': stay, the form shows its error. */
export type PendingResult = 'empty' | 'added' | 'invalid'
type Pending = () => PendingResult

const pending = new Set<Pending>()

/** Register a form's "add what was typed" while it is mounted; returns the unregister function. */
export function registerPending(fn: Pending): () => void {
  pending.add(fn)
  return () => pending.delete(fn)
}

/** Add whatever was typed into add-forms; false when something typed is not valid yet. */
export function flushPending(): boolean {
  let ok = true
  for (const fn of pending) if (fn() === 'invalid') ok = false
  return ok
}

/** Go to a step, after the forms of the current one have added what was typed. */
export function goToStep(id: StepId): boolean {
  if (!flushPending()) return false
  setStep(id)
  return true
}
