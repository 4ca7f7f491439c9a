// Whether the visitor has answers of their own that a shared or imported profile would replace.
import { useDraftStore } from './draft-store'

export function draftIsEmpty(): boolean {
  const { draft, asOfOverride } = useDraftStore.getState()
  return Object.keys(draft).length === 1 && asOfOverride === undefined
}
