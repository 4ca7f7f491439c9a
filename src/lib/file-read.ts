// Reading an uploaded file as text, safely: the size is checked before a single byte is read, so
// a huge file is refused at once; the bytes are decoded as spreadsheets write them.
import { decodeTextBytes, type TextEncodingName } from './text-decode'

export type FileReadResult =
  | { ok: true; text: string; encoding: TextEncodingName }
  | { ok: false; reason: 'tooLarge' | 'readFailed' | 'spreadsheet' | 'binary' }

/** The part of File we use (a Blob has it too). */
export interface Upload {
  readonly size: number
  arrayBuffer(): Promise<ArrayBuffer>
}

export async function readTextFile(file: Upload, maxBytes: number): Promise<FileReadResult> {
  if (file.size > maxBytes) return { ok: false, reason: 'tooLarge' }
  let buffer: ArrayBuffer
  try {
    buffer = await file.arrayBuffer()
  } catch {
    return { ok: false, reason: 'readFailed' }
  }
  return decodeTextBytes(new Uint8Array(buffer))
}

/** "512 KB", "1.5 MB", "50 MB": file sizes for messages. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`
  const mb = bytes / (1024 * 1024)
  return `${mb < 10 ? mb.toFixed(1).replace(/\.0$/, '') : Math.round(mb)} MB`
}
