// The scoring engine is about 10 KB gzip. It is a chunk of its own, requested as soon as this
// module is evaluated (at startup, in parallel with the first render), so the first screen paints
// without waiting for it; the score appears when it arrives.
// The words of the field errors (the schema, with zod) are another chunk, loaded when the browser
// is idle or as soon as a draft has an invalid field (loadFieldErrors): the score never waits for
// them, and an error shows a moment after the score.
export type EngineModule = typeof import('./derive')
export type FieldErrorsModule = typeof import('./field-errors')

let loaded: EngineModule | null = null
let fieldErrors: FieldErrorsModule | null = null
let fieldErrorsRequest: Promise<FieldErrorsModule> | null = null
const listeners = new Set<() => void>()
const notify = () => {
  for (const l of listeners) l()
}

export const engineReady: Promise<EngineModule> = import('./derive').then((m) => {
  loaded = m
  notify()
  return m
})

export const engineModule = (): EngineModule | null => loaded

/** Loads the field errors' chunk once (again after a failed try). */
export function loadFieldErrors(): Promise<FieldErrorsModule> {
  fieldErrorsRequest ??= import('./field-errors').then(
    (m) => {
      fieldErrors = m
      notify()
      return m
    },
    (error: unknown) => {
      fieldErrorsRequest = null
      throw error
    },
  )
  return fieldErrorsRequest
}

export const fieldErrorsModule = (): FieldErrorsModule | null => fieldErrors

/** Told when the engine or the field errors have loaded. */
export function subscribeEngine(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
