// jsdom has no downloads: capture the blobs the app hands to URL.createObjectURL instead.
import { vi } from 'vitest'

/** Replace object URLs for this test; the returned array fills with every blob "downloaded". */
export function captureDownloads(): Blob[] {
  const downloads: Blob[] = []
  URL.createObjectURL = vi.fn((blob: Blob) => {
    downloads.push(blob)
    return 'blob:test'
  })
  URL.revokeObjectURL = vi.fn()
  return downloads
}
