// What the app loads lazily, for the UI test files that need it before their first render. Each
// file awaits what it uses at its top; tests/setup.ts loads nothing, so a file pays only for itself.

/** English (a lazy chunk in the app): once loaded, setLang('en') switches synchronously. */
export async function english(): Promise<void> {
  const { loadLang } = await import('../../src/i18n/i18n')
  await loadLang('en')
}

/** The engine (a lazy chunk: the score shows once it arrives). */
export async function engine(): Promise<void> {
  await (await import('../../src/state/engine-loader')).engineReady
}

/** The later wizard steps (lazy chunks the app prefetches when idle), so that moving on never suspends. */
export async function wizardSteps(): Promise<void> {
  const [{ InsuranceEditor }, { LaterStep, ResultView }] = await Promise.all([
    import('../../src/components/wizard/StepView'),
    import('../../src/app/Calculator'),
  ])
  await Promise.all([LaterStep.preload(), InsuranceEditor.preload(), ResultView.preload()])
}

/** The storage notices (a lazy chunk: prefetched when idle, loaded first when the page opens with one). */
export async function storageNotices(): Promise<void> {
  await (await import('../../src/components/StorageNotices')).preloadStorageNotices()
}
