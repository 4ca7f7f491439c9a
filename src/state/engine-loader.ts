// The scoring engine (derive.ts and what it imports, about 10 KB gzip) is imported here, as soon
// as this module is evaluated. It is in the first score's chunk (scripts/first-score.mjs), so the
// import costs no request, and main.tsx awaits it before the first render: the first interactive
// frame already has the score. Before it has loaded, useAssessment reports `pending`.
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
