import { AppError } from '../../shared/errors'
import type { RowSource } from './types'

/** Throws the user-facing cancellation error once the caller has aborted. */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AppError('cancelled', '已取消导出')
}

function open<T>(source: RowSource<T>): Iterable<T> | AsyncIterable<T> {
  return typeof source === 'function' ? source() : source
}

/**
 * Reads a row source one row at a time, checking for cancellation before each row, and lets
 * the event loop run now and then so piped output drains and an abort can arrive.
 */
export async function* readRows<T>(source: RowSource<T>, signal?: AbortSignal): AsyncGenerator<T> {
  let sinceYield = 0
  for await (const row of open(source)) {
    throwIfCancelled(signal)
    yield row
    if (++sinceYield >= 200) {
      sinceYield = 0
      await new Promise((resolve) => setImmediate(resolve))
    }
  }
  throwIfCancelled(signal)
}

/** Length when cheaply known (arrays), for progress totals. */
export function knownLength<T>(source: RowSource<T>): number | undefined {
  return Array.isArray(source) ? source.length : undefined
}
