// Virtual rows for a real <table>: only the rows in view are rendered, between two spacer rows
// that keep the scroll height. Keeps table semantics (and column widths) intact.
import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'

export const ROW_HEIGHT = 40

export function useVirtualRows(count: number) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    // jsdom and the first paint have no layout: show a first screenful anyway.
    initialRect: { width: 1280, height: 640 },
  })
  const items = virtualizer.getVirtualItems()
  const paddingTop = items[0]?.start ?? 0
  const paddingBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0
  return { scrollRef, items, paddingTop, paddingBottom }
}
