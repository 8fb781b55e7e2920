import type { ErrorValue } from '../errors'

export type JobStatus = 'running' | 'done' | 'failed' | 'cancelled'

/**
 * Long work (imports, exports) runs as a job: the call returns its id at once, the screen polls
 * its progress and may cancel it. The same over IPC and HTTP.
 */
export interface JobState<R = unknown> {
  id: string
  /** e.g. "import.claims", "reports.certificates". */
  kind: string
  status: JobStatus
  done: number
  /** 0 when not known yet. */
  total: number
  /** Chinese, what is happening now. */
  message: string
  result?: R
  error?: ErrorValue
}

/** A file main holds for the renderer under an opaque id (never a path). */
export interface FileRef {
  fileId: string
  /** The name shown and suggested when saving. */
  name: string
}

export interface ExportResult extends FileRef {
  /** Pages (PDF) or rows (workbook) written. */
  count: number
  /** e.g. characters the font lacks. */
  warnings: string[]
}
