import { describe, expect, it, vi } from 'vitest'
import { formatBytes, readTextFile, type Upload } from '../../src/lib/file-read'

const upload = (bytes: Uint8Array, size = bytes.length): Upload & { arrayBuffer: ReturnType<typeof vi.fn> } => ({
  size,
  arrayBuffer: vi.fn(async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer),
})

describe('reading an uploaded file', () => {
  it('refuses a file over the limit from its size alone, without reading it (a 50 MB file)', async () => {
    const file = upload(new Uint8Array(0), 50 * 1024 * 1024)
    expect(await readTextFile(file, 10 * 1024 * 1024)).toEqual({ ok: false, reason: 'tooLarge' })
    expect(file.arrayBuffer).not.toHaveBeenCalled()
  })

  it('decodes a file under the limit', async () => {
    expect(await readTextFile(upload(new TextEncoder().encode('\uFEFF张三')), 1024)).toEqual({ ok: true, text: '张三', encoding: 'utf-8' })
  })

  it('reports a read that fails (file removed, permission lost)', async () => {
    const file: Upload = { size: 10, arrayBuffer: () => Promise.reject(new Error('NotReadableError')) }
    expect(await readTextFile(file, 1024)).toEqual({ ok: false, reason: 'readFailed' })
  })
})

describe('file sizes in messages', () => {
  it.each([
    [500, '1 KB'],
    [512 * 1024, '512 KB'],
    [1024 * 1024, '1 MB'],
    [1.5 * 1024 * 1024, '1.5 MB'],
    [50 * 1024 * 1024, '50 MB'],
  ])('%d bytes → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text)
  })
})
