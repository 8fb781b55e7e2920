import type { jobsCalls } from '../../shared/contract/jobs'
import type { Handlers } from '../transport/registry'
import type { HandlerDeps } from './deps'

export function jobsHandlers(deps: HandlerDeps): Handlers<typeof jobsCalls> {
  return {
    'jobs.get': ({ jobId }) => deps.jobs.get(jobId),
    'jobs.cancel': ({ jobId }) => deps.jobs.cancel(jobId)
  }
}
