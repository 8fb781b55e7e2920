const pad2 = (n: number): string => String(n).padStart(2, '0')

/** Day number (days since 1970-01-01, UTC) → YYYY-MM-DD. */
export function isoDate(day: number): string {
  const d = new Date(day * 86_400_000)
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`
}

/** First and last day numbers of a calendar year. */
export function yearRange(year: number): { first: number; last: number } {
  return { first: Date.UTC(year, 0, 1) / 86_400_000, last: Date.UTC(year, 11, 31) / 86_400_000 }
}
