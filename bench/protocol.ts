import type { Outcome } from './steps/types'

/** How a child hands its result to the parent: one marked JSON line on stdout. */
export const RESULT_MARK = '@@bench '

export interface ChildResult {
  outcome: Outcome
  /** Peak resident set of the child process (MB), its setup included. */
  maxRssMb: number
}

export function formatResult(result: ChildResult): string {
  return `\n${RESULT_MARK}${JSON.stringify(result)}\n`
}

export function parseResult(stdout: string): ChildResult | undefined {
  const line = stdout
    .split('\n')
    .reverse()
    .find((l) => l.startsWith(RESULT_MARK))
  return line === undefined ? undefined : (JSON.parse(line.slice(RESULT_MARK.length)) as ChildResult)
}
