// The words of a draft's field errors: the schema with zod (≈8 KB gzip), a lazy chunk of its own
// (engine-loader.ts) so that the first score does not wait for it. The profile and the score come
// without it (derive.ts).
import { sanitizeDraft } from '../engine/schema'
import type { DraftErrors } from './derive'

export const draftErrors: DraftErrors = (raw, today) => sanitizeDraft(raw, today).errors
