import { parentPort, workerData } from 'node:worker_threads'
import type { ImportKind } from '../../../shared/domain/batch'
import { toErrorValue } from '../../transport/registry'
import { parseParts, type PartsOptions } from './parseParts'
import type { WorkerMessage } from './partsSource'

/** What partsSource passes the worker. */
export interface ParseWorkerData {
  kind: ImportKind
  filePath: string
  options: PartsOptions
}

// The worker thread of an import: parses the file and posts each message to the writing thread.
async function run(port: NonNullable<typeof parentPort>, data: ParseWorkerData): Promise<void> {
  const post = (m: WorkerMessage) => port.postMessage(m)
  try {
    for await (const message of parseParts(data.kind, data.filePath, data.options)) post(message)
  } catch (e) {
    // As every call's errors: the officer's words for an AppError, a bug logged here, unseen.
    post({ type: 'fail', error: toErrorValue(e) })
  }
}

if (parentPort) void run(parentPort, workerData as ParseWorkerData)
