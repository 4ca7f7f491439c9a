// Run a batch file in a Web Worker (or, where there are no workers, on this thread after a
// tick) and report the scored rows, then the projected dates as they come. Returns a cancel.
import { runBatchJob, type BatchMessage, type BatchRequest } from './batch-project'

export function runBatch(request: BatchRequest, onMessage: (message: BatchMessage) => void): () => void {
  if (typeof Worker !== 'undefined') {
    const worker = new Worker(new URL('./batch.worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (e: MessageEvent<BatchMessage>) => {
      onMessage(e.data)
      if (e.data.kind === 'projectedDone' || (e.data.kind === 'result' && !e.data.outcome.ok)) worker.terminate()
    }
    worker.onerror = () => {
      onMessage({ kind: 'failed' })
      worker.terminate()
    }
    worker.postMessage(request, [request.buffer])
    return () => worker.terminate()
  }
  let cancelled = false
  setTimeout(() => runBatchJob(request, (m) => !cancelled && onMessage(m), () => cancelled), 0)
  return () => {
    cancelled = true
  }
}
