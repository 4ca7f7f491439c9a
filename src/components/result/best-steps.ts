// The actions to name first (the answer at the top, the print report): those that bring 120
// sooner (or at all), in rank order; changes of work area or sector are never among them.
import type { Action } from '../../engine/actions'

export const STEPS_SHOWN = 2

export function bestSteps(actions: readonly Action[], baselineReach: string | null): Action[] {
  return actions.filter((a) => a.group === 'main' && a.reach !== null && (baselineReach === null || a.reach < baselineReach)).slice(0, STEPS_SHOWN)
}
