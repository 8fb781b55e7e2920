import type { AppContext } from '../context'
import { openDatabase, closeDatabase, type OpenOptions } from '../db/open'
import { registerAll } from '../handlers'
import { FileTokens } from '../files/fileTokens'
import type { DesktopBridge } from '../files/desktop'
import { createWorkDir } from '../files/workDir'
import { JobRunner } from '../jobs/jobRunner'
import { Registry } from '../transport/registry'

export interface AppInstance {
  app: AppContext
  registry: Registry
  files: FileTokens
  jobs: JobRunner
  close(): void
}

export interface CreateAppOptions extends OpenOptions {
  desktop?: DesktopBridge
}

/**
 * Opens the store and binds every handler: the one start-up path shared by the desktop app,
 * `xueshi serve`, the command line and the tests, so they all run the same services.
 */
export async function createApp(dbPath: string, options: CreateAppOptions = {}): Promise<AppInstance> {
  const { desktop, ...open } = options
  const app = await openDatabase(dbPath, open)
  const workDir = createWorkDir(app.dataDir)
  const registry = new Registry()
  const files = new FileTokens()
  const jobs = new JobRunner()
  registerAll(registry, { files, jobs, workDir: workDir.path, ...(desktop ? { desktop } : {}) })
  return {
    app,
    registry,
    files,
    jobs,
    close: () => {
      closeDatabase(app)
      workDir.remove()
    }
  }
}
