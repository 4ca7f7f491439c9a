// Types for the oxlint plugin in lint-floors.mjs, for the test that drives its rule directly.
declare const plugin: {
  meta: { name: string }
  rules: Record<string, { create(context: object): Record<string, (node: object) => void> }>
}
export default plugin
