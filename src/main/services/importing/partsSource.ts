import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { ImportKind } from '../../../shared/domain/batch'
import { AppError } from '../../../shared/errors'
import type { toErrorValue } from '../../transport/registry'
import { parseParts, type PartsMessage, type PartsOptions } from './parseParts'
import type { ParseWorkerData } from './parseWorker'

/** A parse message, or the worker's failure as toErrorValue gives it. */
export type WorkerMessage = PartsMessage | { type: 'fail'; error: ReturnType<typeof toErrorValue> }

/** The messages of one parse, in order; `close` stops it early (the worker is terminated). */
export interface PartsSource {
  messages: AsyncGenerator<PartsMessage>
  close(): Promise<void>
}

const BUILT_SCRIPT = join(__dirname, 'importWorker.js')

/** The worker's script: built beside the main bundle, else the TypeScript source through tsx. */
function workerScript(): string {
  return existsSync(BUILT_SCRIPT) ? BUILT_SCRIPT : join(__dirname, 'parseWorker.boot.cjs')
}

/**
 * From what file size a worker parsing while this thread writes pays for its start: ~0.1 s
 * built (one bundled file), ~0.2 s more from source, where tsx compiles its 76 modules
 * (measured at 10,000 claims, 780 KB: from source, this thread alone was as fast or faster).
 */
export function threadFromBytes(): number {
  return existsSync(BUILT_SCRIPT) ? 256 * 1024 : 1024 * 1024
}

function inThisThread(kind: ImportKind, filePath: string, options: PartsOptions): PartsSource {
  const messages = parseParts(kind, filePath, options)
  return {
    messages,
    close: async () => {
      await messages.return(undefined)
    }
  }
}

function inWorker(kind: ImportKind, filePath: string, options: PartsOptions): PartsSource {
  const data: ParseWorkerData = { kind, filePath, options }
  const worker = new Worker(workerScript(), { workerData: data })
  const queue: PartsMessage[] = []
  let failure: Error | undefined
  let finished = false
  let wake: (() => void) | undefined
  const notify = () => {
    wake?.()
    wake = undefined
  }
  worker.on('message', (m: WorkerMessage) => {
    if (m.type === 'fail') {
      failure = new AppError(m.error.code, m.error.message, m.error.details)
    } else {
      queue.push(m)
      if (m.type === 'end') finished = true
    }
    notify()
  })
  worker.on('error', (e) => {
    failure = e
    notify()
  })
  worker.on('exit', (code) => {
    if (!finished && !failure) failure = new Error(`import worker exited with code ${code} before the end of the file`)
    notify()
  })
  async function* messages(): AsyncGenerator<PartsMessage> {
    try {
      for (let next = 0; ; ) {
        if (next < queue.length) {
          const m = queue[next]!
          queue[next++] = undefined as never
          yield m
          if (m.type === 'end') return
        } else if (failure) throw failure
        else await new Promise<void>((resolve) => (wake = resolve))
      }
    } finally {
      await worker.terminate()
    }
  }
  const iterator = messages()
  return {
    messages: iterator,
    close: async () => {
      await iterator.return(undefined)
      await worker.terminate()
    }
  }
}

/**
 * Opens the parse of an import file: in a worker thread when `thread` (a large file: it is then
 * parsed while the rows already parsed are written), else in this thread (a worker costs more to
 * start than a small file takes to read).
 */
export function openParts(kind: ImportKind, filePath: string, options: PartsOptions, thread: boolean): PartsSource {
  return thread ? inWorker(kind, filePath, options) : inThisThread(kind, filePath, options)
}
