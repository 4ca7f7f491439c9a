// A scoring thread (pool.ts): batches of profiles in, the bytes of their slots out, moved to the
// main thread, not copied. Started by worker.mjs, which loads this file through tsx.
import { parentPort, workerData } from 'node:worker_threads'
import type { BatchMessage, ThreadMessage } from './pool'
import { BatchScorer, type ScoreSettings } from './scorer'

const port = parentPort!
const scorer = new BatchScorer(workerData as ScoreSettings)
const answer = (message: ThreadMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer)

port.on('message', ({ id, elements, spare }: BatchMessage) => {
  scorer.recycle(spare)
  const result = scorer.score(elements)
  answer({ id, result }, result.chunks.map((chunk) => chunk.buffer as ArrayBuffer))
})
answer({ ready: true })
