// Placeholder until the embed builder lands (issue 5).
export default function EmbedBuilderPage() {
  return <section aria-label="embed builder" />
}
