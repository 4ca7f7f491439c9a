// Which screen to show, from the query string. The URL fragment is reserved for share links (#p=).
export type View = 'calculator' | 'batch' | 'embed-builder'

export interface AppMode {
  view: View
  /** Widget mode for iframes (?embed=1): no site header or footer. */
  embed: boolean
}

export function readAppMode(search: string): AppMode {
  const params = new URLSearchParams(search)
  const v = params.get('view')
  const view: View = v === 'batch' ? 'batch' : v === 'embed' ? 'embed-builder' : 'calculator'
  return { view, embed: params.get('embed') === '1' }
}
