import { createContext, useContext } from 'react'

export interface YearState {
  year: number
  setYear(year: number): void
}

/** The year every screen follows (the header's year picker). */
export const YearContext = createContext<YearState>({ year: new Date().getFullYear(), setYear: () => {} })

export function useYear(): YearState {
  return useContext(YearContext)
}
