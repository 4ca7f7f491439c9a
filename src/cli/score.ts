// npm run --silent score -- [options] FILE|-   (format §4; options and formats: docs/cli.md)
// The process around main(): real standard streams, the exit code, a reader that goes away.
import { availableParallelism } from 'node:os'
import { main, MAX_JOBS, OutputClosed, OutputFailed, type Sink } from './main'

/** A stream as a Sink: waits for 'drain' when the reader is behind; a closed pipe ends the run quietly. */
function sinkOf(stream: NodeJS.WriteStream): Sink {
  let failure: NodeJS.ErrnoException | undefined
  stream.on('error', (e: NodeJS.ErrnoException) => {
    failure = e
  })
  const check = () => {
    if (!failure) return
    throw failure.code === 'EPIPE' ? new OutputClosed() : new OutputFailed(failure.code ?? failure.message)
  }
  return {
    write(text) {
      check()
      if (stream.write(text)) return
      return new Promise<void>((resolve, reject) => {
        const settle = () => {
          stream.off('drain', settle)
          stream.off('error', settle)
          try {
            check()
            resolve()
          } catch (e) {
            reject(e as Error)
          }
        }
        stream.once('drain', settle)
        stream.once('error', settle)
      })
    },
  }
}

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: sinkOf(process.stdout),
  stderr: sinkOf(process.stderr),
  jobs: Math.min(availableParallelism(), MAX_JOBS),
})
