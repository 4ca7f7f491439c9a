// Placeholder until the wizard lands (issue 3).
export function Calculator({ embedded = false }: { embedded?: boolean }) {
  return <section aria-label="calculator" data-embedded={embedded || undefined} />
}
