// The calculator's steps after the first: the same StepView, with the words only they use
// (messages/later.ts) registered first. A lazy chunk, off the first score's path: prefetched when
// the browser is idle (Calculator), and loaded before the first render when the app opens on a
// later step (src/main.tsx), so that step never shows "loading".
import { registerMessages } from '../i18n/catalog'
import * as later from '../i18n/messages/later'

registerMessages(later)

export { StepView as LaterStep } from '../components/wizard/StepView'
