import { randomBytes } from 'node:crypto'
import type { JobState } from '../../shared/domain/job'
import { AppError } from '../../shared/errors'
import { toErrorValue } from '../transport/registry'

export interface JobControls {
  progress(done: number, total: number, message?: string): void
  signal: AbortSignal
}

interface Running {
  state: JobState
  controller: AbortController
}

const KEEP_FINISHED = 50

/**
 * Runs long work (imports, exports) in the background of the main process. The call that
 * starts it returns an id at once; screens poll `get` and may `cancel`. Cancellation is
 * cooperative: the work checks its signal and discards what it wrote (no half batch or file).
 */
export class JobRunner {
  private readonly jobs = new Map<string, Running>()

  start<R>(kind: string, message: string, work: (controls: JobControls) => Promise<R>): string {
    const id = randomBytes(12).toString('hex')
    const controller = new AbortController()
    const running: Running = { state: { id, kind, status: 'running', done: 0, total: 0, message }, controller }
    this.jobs.set(id, running)
    const controls: JobControls = {
      signal: controller.signal,
      progress: (done, total, text) => {
        if (running.state.status !== 'running') return
        running.state = { ...running.state, done, total, ...(text ? { message: text } : {}) }
      }
    }
    // Start on the next tick so the caller has the id before any progress arrives.
    setImmediate(() => {
      work(controls).then(
        (result) => this.finish(running, { status: 'done', message: '已完成', result }),
        (e: unknown) => {
          if (controller.signal.aborted || (e instanceof AppError && e.code === 'cancelled')) {
            this.finish(running, { status: 'cancelled', message: '已取消，未做任何更改' })
          } else {
            const error = toErrorValue(e)
            this.finish(running, { status: 'failed', message: error.message, error })
          }
        }
      )
    })
    this.prune()
    return id
  }

  get(id: string): JobState {
    const job = this.jobs.get(id)
    if (!job) throw new AppError('not_found', '任务不存在或已过期')
    return job.state
  }

  cancel(id: string): JobState {
    const job = this.jobs.get(id)
    if (!job) throw new AppError('not_found', '任务不存在或已过期')
    if (job.state.status === 'running') {
      job.controller.abort()
      job.state = { ...job.state, message: '正在取消…' }
    }
    return job.state
  }

  /** Resolves when the job has finished, whichever way (for the command line and tests). */
  async wait(id: string, pollMs = 20): Promise<JobState> {
    for (;;) {
      const state = this.get(id)
      if (state.status !== 'running') return state
      await new Promise((r) => setTimeout(r, pollMs))
    }
  }

  private finish(job: Running, patch: Partial<JobState>): void {
    job.state = { ...job.state, ...patch }
  }

  private prune(): void {
    const finished = [...this.jobs.values()].filter((j) => j.state.status !== 'running')
    for (const j of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(j.state.id)
  }
}
