// The import as a small state machine: idle → reading → (mapping →) done or failed. The file is
// read, checked and scored in the batch worker; projected dates then arrive chunk by chunk.
import { useEffect, useRef, useState } from 'react'
import { useT } from '../../i18n/i18n'
import { formatBytes } from '../../lib/file-read'
import { MAX_BATCH_FILE_BYTES, MAX_BATCH_ROWS } from './batch-constants'
import type { BatchOutcome, MappingRequest, Mappings } from './batch-core'
import { loadMappings } from './MappingStep'
import { prepareBatchWorker, runBatch } from './run-batch'

type Done = Extract<BatchOutcome, { ok: true }>
export type Job =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'failed'; message: string }
  /** The headers need the user's mapping; the file is kept to be read again with it. */
  | { kind: 'mapping'; name: string; buffer: ArrayBuffer; request: MappingRequest }
  /** workerMs: reading, validating and scoring in the worker (the rest is transfer and rendering). */
  | { kind: 'done'; name: string; outcome: Done; workerMs: number; projected: (string | null | undefined)[]; projecting: boolean }
export type DoneJob = Extract<Job, { kind: 'done' }>

export interface BatchJob {
  job: Job
  /** From choosing the file to its results on screen (ms), once shown. */
  elapsed: number | null
  /** The worker has started and warmed up (the benchmark waits for it, as a user choosing a file would). */
  warm: boolean
  importFile(file: File): Promise<void>
  /** Read (again) with these header mappings. */
  run(name: string, buffer: ArrayBuffer, mappings: Mappings): void
  reset(): void
}

export function useBatchJob(today: string, onStart: () => void): BatchJob {
  const t = useT()
  const [job, setJob] = useState<Job>({ kind: 'idle' })
  const [elapsed, setElapsed] = useState<number | null>(null)
  const [warm, setWarm] = useState(false)
  const started = useRef(0)
  const cancel = useRef<(() => void) | null>(null)

  // The worker starts (and warms up) with the page.
  useEffect(() => {
    prepareBatchWorker(() => setWarm(true))
    return () => cancel.current?.()
  }, [])

  // The import is done when its results are on screen: measured here, after React committed them.
  const shownOutcome = job.kind === 'done' ? job.outcome : null
  useEffect(() => {
    if (shownOutcome) setElapsed(performance.now() - started.current)
  }, [shownOutcome])

  async function importFile(file: File) {
    // Refused before reading: a huge file never reaches memory.
    if (file.size > MAX_BATCH_FILE_BYTES) {
      cancel.current?.()
      return setJob({ kind: 'failed', message: t('batch.file.tooLarge', { size: formatBytes(file.size), max: formatBytes(MAX_BATCH_FILE_BYTES), rows: MAX_BATCH_ROWS }) })
    }
    setJob({ kind: 'reading', name: file.name })
    let buffer: ArrayBuffer
    try {
      buffer = await file.arrayBuffer()
    } catch {
      return setJob({ kind: 'failed', message: t('batch.file.readFailed') })
    }
    run(file.name, buffer, loadMappings())
  }

  function run(name: string, buffer: ArrayBuffer, mappings: Mappings) {
    cancel.current?.()
    started.current = performance.now()
    setElapsed(null)
    onStart()
    setJob({ kind: 'reading', name })
    // The worker takes the bytes; a copy is kept in case the headers need mapping.
    const kept = buffer.slice(0)
    cancel.current = runBatch({ buffer, name, today, mappings }, (m) => {
      if (m.kind === 'result') {
        const o = m.outcome
        if (!o.ok) {
          if (o.issue === 'needsMapping') return setJob({ kind: 'mapping', name, buffer: kept, request: o.mapping })
          return setJob({ kind: 'failed', message: t(`batch.file.${o.issue}`, { max: MAX_BATCH_ROWS }) })
        }
        setJob({ kind: 'done', name, outcome: o, workerMs: m.ms, projected: new Array(o.rows.length).fill(undefined), projecting: true })
      } else if (m.kind === 'projected')
        setJob((j) => {
          if (j.kind !== 'done') return j
          const projected = j.projected.slice()
          m.dates.forEach((d, i) => (projected[m.from + i] = d))
          return { ...j, projected }
        })
      else if (m.kind === 'projectedDone') setJob((j) => (j.kind === 'done' ? { ...j, projecting: false } : j))
      else if (m.kind === 'failed') setJob((j) => (j.kind === 'done' ? { ...j, projecting: false } : { kind: 'failed', message: t('batch.file.failed') }))
    })
  }

  return { job, elapsed, warm, importFile, run, reset: () => setJob({ kind: 'idle' }) }
}
