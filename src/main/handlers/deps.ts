import type { FileTokens } from '../files/fileTokens'
import type { DesktopBridge } from '../files/desktop'
import type { JobRunner } from '../jobs/jobRunner'

/** What handlers need beyond the services: file tokens, background jobs, the desktop's dialogs. */
export interface HandlerDeps {
  files: FileTokens
  jobs: JobRunner
  /** This run's scratch folder (uploads, exports waiting to be saved). */
  workDir: string
  /** Present only in the desktop app; the loopback host uploads and downloads instead. */
  desktop?: DesktopBridge
}
