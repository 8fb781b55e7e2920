import { useCallback, useEffect, useRef, useState } from 'react'
import type { JobState } from '../../../shared/domain/job'
import { api } from './client'

const POLL_MS = 300

/**
 * Runs a long call (import, export) as a job: start() takes a function returning the job id,
 * then the state is polled until done, failed or cancelled. cancel() asks main to stop it.
 */
export function useJob<R>() {
  const [job, setJob] = useState<JobState<R> | null>(null)
  const timer = useRef<number | undefined>(undefined)

  const stopPolling = () => {
    if (timer.current !== undefined) window.clearTimeout(timer.current)
    timer.current = undefined
  }
  useEffect(() => stopPolling, [])

  const start = useCallback(async (begin: () => Promise<{ jobId: string }>): Promise<JobState<R>> => {
    stopPolling()
    const { jobId } = await begin()
    return new Promise((resolve, reject) => {
      const poll = async () => {
        try {
          const state = (await api('jobs.get', { jobId })) as JobState<R>
          setJob(state)
          if (state.status === 'running') timer.current = window.setTimeout(poll, POLL_MS)
          else resolve(state)
        } catch (e) {
          reject(e)
        }
      }
      void poll()
    })
  }, [])

  const cancel = useCallback(async () => {
    if (job?.status === 'running') setJob((await api('jobs.cancel', { jobId: job.id })) as JobState<R>)
  }, [job])

  const reset = useCallback(() => {
    stopPolling()
    setJob(null)
  }, [])

  return { job, start, cancel, reset }
}
