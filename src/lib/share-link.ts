// Share links: the profile travels in the URL fragment as `#p=` + base64url(UTF-8 JSON), so it
// never reaches a server (browsers do not send the fragment). Pure: no window, no clock.
import { parseProfile, type Profile, type ProfileError } from '../engine/schema'
import { decodeBase64Url, encodeBase64Url } from './base64url'
import { SHARE_KEY } from './share-key'

/** Longest fragment we write or read (characters after `#`); a real profile needs well under 2 KB. */
export const MAX_SHARE_FRAGMENT = 16 * 1024

export type ShareEncodeResult = { ok: true; fragment: string } | { ok: false; reason: 'tooLarge'; length: number }

/** `p=…` for a profile (without the leading `#`), or tooLarge past MAX_SHARE_FRAGMENT. */
export function encodeShareFragment(profile: Profile): ShareEncodeResult {
  const fragment = `${SHARE_KEY}=${encodeBase64Url(JSON.stringify(profile))}`
  return fragment.length > MAX_SHARE_FRAGMENT ? { ok: false, reason: 'tooLarge', length: fragment.length } : { ok: true, fragment }
}

/** The page URL with the share fragment (any existing fragment replaced). */
export function shareUrl(pageUrl: string, fragment: string): string {
  const hashAt = pageUrl.indexOf('#')
  return `${hashAt < 0 ? pageUrl : pageUrl.slice(0, hashAt)}#${fragment}`
}

export type ShareReadResult =
  | { kind: 'none' }
  | { kind: 'profile'; profile: Profile }
  /** tooLarge: over the limit; malformed: not base64url or not UTF-8; notJson; invalid: fails the profile schema. */
  | { kind: 'error'; reason: 'tooLarge' | 'malformed' | 'notJson' | 'invalid'; errors: ProfileError[] }

const failure = (reason: Exclude<ShareReadResult, { kind: 'none' | 'profile' }>['reason'], errors: ProfileError[] = []): ShareReadResult => ({
  kind: 'error',
  reason,
  errors,
})

/**
 * Read `location.hash`. Fragments that are not share links (`#main` from the skip link, empty)
 * give `none`. The size is checked before anything is decoded.
 */
export function readShareFragment(hash: string, defaultAsOf: string): ShareReadResult {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash
  if (!raw.startsWith(`${SHARE_KEY}=`)) return { kind: 'none' }
  if (raw.length > MAX_SHARE_FRAGMENT) return failure('tooLarge')
  const text = decodeBase64Url(raw.slice(SHARE_KEY.length + 1))
  if (text === null) return failure('malformed')
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return failure('notJson')
  }
  const parsed = parseProfile(json, defaultAsOf)
  return parsed.success ? { kind: 'profile', profile: parsed.profile } : failure('invalid', parsed.errors)
}
