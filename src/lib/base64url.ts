// base64url (RFC 4648 §5, no padding) over UTF-8 text, for the share-link fragment.

const CHUNK = 0x8000

/** base64url of the UTF-8 bytes of `text`. */
export function encodeBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text)
  let binary = ''
  // btoa takes a "binary string"; build it in chunks so long inputs do not overflow the call stack.
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK))
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/**
 * The UTF-8 text behind a base64url string, or null when the input is not base64url or its bytes
 * are not valid UTF-8 (fatal decoding: no replacement characters slip through).
 */
export function decodeBase64Url(encoded: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded) || encoded.length % 4 === 1) return null
  let binary: string
  try {
    binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'))
  } catch {
    return null
  }
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0))
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return null
  }
}
