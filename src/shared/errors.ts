/**
 * An error a user can cause (bad input, missing evidence, a refused operation). Its message is
 * Chinese and names the row, column or field; transports turn it into an error value and the
 * command line prints it, exit code 1. Anything else is a bug and is reported as 内部错误.
 */
export type ErrorCode =
  | 'invalid_input' // malformed or out-of-range input (schema or business validation)
  | 'not_found'
  | 'conflict' // duplicate, stale state, already decided
  | 'evidence_incomplete'
  | 'refused' // an operation not allowed now (e.g. newer database, corrupt backup)
  | 'cancelled'
  | 'unauthorized'
  | 'internal'

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Optional detail for callers that list problems (import rows, form fields). */
    readonly details?: unknown
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError
}

export interface ErrorValue {
  code: ErrorCode
  message: string
  details?: unknown
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorValue }
