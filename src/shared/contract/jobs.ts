import { z } from 'zod'
import { call } from './define'
import type { JobState } from '../domain/job'

const jobId = z.object({ jobId: z.string().regex(/^[0-9a-f]{16,64}$/, '任务编号无效') })

export const jobsCalls = {
  /** Progress, and the result once done. */
  'jobs.get': call<JobState>()(jobId),
  /** Stops the job; what it was writing is discarded (no half batch, no half file). */
  'jobs.cancel': call<JobState>()(jobId)
}
