// Run a batch file in Web Workers, one per CPU core (up to 4): each reads the whole file and
// validates and scores its share of the rows; the parts are merged here, in order. Where there
// are no workers the file is processed on this thread (its code loaded then). Returns a cancel function.
import type { BatchOutcome } from './batch-core'
import type { BatchMessage, BatchRequest } from './batch-project'
import { mergeParts } from './batch-summary'
import type { WorkerJob, WorkerReply } from './batch.worker'

let workers: Worker[] = []
/** The current job: replies from worker `part` go to `handle`. */
let active: { id: number; handle: (part: number, reply: WorkerReply) => void } | null = null
let lastId = 0
let onReady: (() => void) | null = null

/** Start the workers (they warm up as they start) before the user has chosen a file. */
export function prepareBatchWorker(ready?: () => void): void {
  if (ready) onReady = ready
  if (workers.length || typeof Worker === 'undefined') return
  const count = Math.max(1, Math.min(4, navigator.hardwareConcurrency || 1))
  let warm = 0
  workers = Array.from({ length: count }, (_, part) => {
    const w = new Worker(new URL('./batch.worker.ts', import.meta.url), { type: 'module' })
    w.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
      if ('message' in data && data.message.kind === 'ready') {
        if (++warm === count) onReady?.()
      } else if (active?.id === data.id) active.handle(part, data)
    }
    w.onerror = () => active?.handle(part, { id: active.id, message: { kind: 'failed' } })
    return w
  })
}

export function runBatch(request: BatchRequest, onMessage: (message: BatchMessage) => void): () => void {
  prepareBatchWorker()
  const id = ++lastId
  if (!workers.length) {
    let cancelled = false
    // The reading and scoring code loads here only when there is no worker to run it.
    void import('./batch-project').then(({ runBatchJob }) => runBatchJob(request, (m) => !cancelled && onMessage(m), () => cancelled))
    return () => {
      cancelled = true
    }
  }
  const count = workers.length
  const parts: (BatchOutcome | undefined)[] = new Array(count)
  let ms = 0
  let projectedParts = 0
  let failed = false
  // Projected dates of a fast part may come before the slowest part's rows: held until then.
  let held: BatchMessage[] | null = []
  const forward = (m: BatchMessage) => (held ? held.push(m) : onMessage(m))
  active = {
    id,
    handle(part, reply) {
      if ('resultJson' in reply) {
        parts[part] = JSON.parse(reply.resultJson) as BatchOutcome
        ms = Math.max(ms, reply.ms)
        if (parts.includes(undefined)) return
        onMessage({ kind: 'result', outcome: mergeParts(parts as BatchOutcome[]), ms })
        const early = held ?? []
        held = null
        early.forEach(onMessage)
      } else if (reply.message.kind === 'failed') {
        if (!failed) onMessage(reply.message)
        failed = true
      } else if (reply.message.kind !== 'projectedDone' || ++projectedParts === count) forward(reply.message)
    },
  }
  workers.forEach((w, part) => {
    // Each worker gets its own copy of the bytes (a transferred buffer can be sent only once).
    const buffer = part === count - 1 ? request.buffer : request.buffer.slice(0)
    w.postMessage({ id, request: { ...request, buffer, part: { index: part, count } } } satisfies WorkerJob, [buffer])
  })
  return () => {
    if (active?.id !== id) return
    active = null
    for (const w of workers) w.postMessage({ id } satisfies WorkerJob)
  }
}
