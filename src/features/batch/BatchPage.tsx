// Placeholder until HR batch mode lands (issue 6).
export default function BatchPage() {
  return <section aria-label="batch" />
}
