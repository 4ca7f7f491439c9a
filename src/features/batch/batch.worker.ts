// The batch worker: reads, validates and scores a file off the main thread, posts the rows, then
// the projected dates chunk by chunk. One worker for the page's life, warmed up as it starts;
// a newer job (or a stop) ends the projections of the one before.
import { processFile } from './batch-core'
import { runBatchJob, warmUpCsv, type BatchMessage, type BatchRequest } from './batch-project'

export interface WorkerJob {
  id: number
  /** Absent: stop job `id`. */
  request?: BatchRequest
}
/**
 * The scored rows travel as JSON text: for 10,000 rows the browser parses JSON several times
 * faster than it rebuilds the same objects from a structured clone on the main thread.
 */
export type WorkerReply = { id: number; message: BatchMessage } | { id: number; resultJson: string; ms: number }

const scope = self as unknown as { postMessage(reply: WorkerReply): void; onmessage: ((e: MessageEvent<WorkerJob>) => void) | null }

let current = 0
scope.onmessage = ({ data: { id, request } }) => {
  if (!request) {
    if (current === id) current = 0
    return
  }
  current = id
  void runBatchJob(
    request,
    (message) => scope.postMessage(message.kind === 'result' ? { id, resultJson: JSON.stringify(message.outcome), ms: message.ms } : { id, message }),
    () => current !== id,
  )
}

processFile(new TextEncoder().encode(warmUpCsv()), 'warm-up.csv', '2026-06-15')
scope.postMessage({ id: 0, message: { kind: 'ready' } })
