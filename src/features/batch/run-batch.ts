// Run a batch file in a Web Worker (or, where there are no workers, on this thread after a
// tick) and report the scored rows, then the projected dates as they come. Returns a cancel.
import type { BatchOutcome } from './batch-core'
import { runBatchJob, type BatchMessage, type BatchRequest } from './batch-project'
import type { WorkerJob, WorkerReply } from './batch.worker'

let worker: Worker | null = null
let active: { id: number; onMessage: (message: BatchMessage) => void } | null = null
let lastId = 0

let onReady: (() => void) | null = null

/** Start the worker (it warms up as it starts) before the user has chosen a file. */
export function prepareBatchWorker(ready?: () => void): void {
  if (ready) onReady = ready
  if (worker || typeof Worker === 'undefined') return
  const w = new Worker(new URL('./batch.worker.ts', import.meta.url), { type: 'module' })
  w.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
    if ('resultJson' in data) {
      if (active?.id === data.id) active.onMessage({ kind: 'result', outcome: JSON.parse(data.resultJson) as BatchOutcome, ms: data.ms })
    } else if (data.message.kind === 'ready') onReady?.()
    else if (active?.id === data.id) active.onMessage(data.message)
  }
  w.onerror = () => {
    active?.onMessage({ kind: 'failed' })
    active = null
    w.terminate()
    worker = null
  }
  worker = w
}

export function runBatch(request: BatchRequest, onMessage: (message: BatchMessage) => void): () => void {
  prepareBatchWorker()
  const id = ++lastId
  if (worker) {
    const w = worker
    active = { id, onMessage }
    w.postMessage({ id, request } satisfies WorkerJob, [request.buffer])
    return () => {
      if (active?.id !== id) return
      active = null
      w.postMessage({ id } satisfies WorkerJob)
    }
  }
  let cancelled = false
  setTimeout(() => runBatchJob(request, (m) => !cancelled && onMessage(m), () => cancelled), 0)
  return () => {
    cancelled = true
  }
}
