/**
 * Hours (学时) are integers of tenths of a 学时 everywhere inside the program, so sums never
 * drift; they become decimal numbers only at the edge (JSON output, cells, screens).
 */
export type Tenths = number

export const TENTHS_PER_HOUR = 10

/** 12.5 学时 → 125. Rounds to the nearest tenth: input at the edge may carry float noise. */
export function hoursToTenths(hours: number): Tenths {
  return Math.round(hours * TENTHS_PER_HOUR)
}

/** 125 → 12.5, for JSON and spreadsheet cells (a number, not a string). */
export function tenthsToHours(tenths: Tenths): number {
  return tenths / TENTHS_PER_HOUR
}

/** 125 → "12.5", 300 → "30": for text on screen and paper. */
export function formatHours(tenths: Tenths): string {
  const sign = tenths < 0 ? '-' : ''
  const abs = Math.abs(tenths)
  const whole = Math.trunc(abs / TENTHS_PER_HOUR)
  const tenth = abs % TENTHS_PER_HOUR
  return tenth === 0 ? `${sign}${whole}` : `${sign}${whole}.${tenth}`
}
