// The batch worker: reads, validates and scores a file off the main thread, posts the rows, then
// the projected dates chunk by chunk. One worker per file; the page terminates it when done.
import { runBatchJob, type BatchMessage, type BatchRequest } from './batch-project'

const scope = self as unknown as { postMessage(message: BatchMessage): void; onmessage: ((e: MessageEvent<BatchRequest>) => void) | null }

scope.onmessage = ({ data }) => runBatchJob(data, (m) => scope.postMessage(m), () => false)
