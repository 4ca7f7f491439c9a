// The entry of a scoring thread (pool.ts; docs/cli.md, "Threads"). The CLI runs under tsx
// (`npm run score`), but on Node 20 tsx does not load TypeScript in worker threads by itself:
// the thread registers tsx's loader here, the same one, then loads worker.ts. zod is plain
// JavaScript and is loaded first, without the loader: that saves a fifth of the thread's start-up.
import 'zod/mini'
import { register } from 'tsx/esm/api'

register()
await import('./worker.ts')
