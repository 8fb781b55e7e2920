import { type GeneratedClaim, generateClaim } from './claims'
import { type Person, PersonGenerator } from './people'
import { Random } from './random'

/** How big a synthetic unit is. */
export interface UnitSize {
  people: number
  /** Claims per year; the import workbook holds the last year's, the database all years'. */
  claimsPerYear: number
  years: readonly number[]
}

export const FULL: UnitSize = { people: 50_000, claimsPerYear: 100_000, years: [2022, 2023, 2024, 2025, 2026] }
export const QUICK: UnitSize = { people: 5_000, claimsPerYear: 10_000, years: [2022, 2023, 2024, 2025, 2026] }

export const importYear = (size: UnitSize): number => size.years[size.years.length - 1] ?? 2026
export const totalClaims = (size: UnitSize): number => size.claimsPerYear * size.years.length

/**
 * A deterministic synthetic unit: the roster is drawn once from `seed`; each year's claims come
 * from their own stream (seed, year), so a year can be regenerated without the others and without
 * holding 500,000 claims in memory.
 */
export class SyntheticUnit {
  readonly people: readonly Person[]

  constructor(
    readonly size: UnitSize,
    readonly seed = 20260101
  ) {
    const random = new Random(seed)
    const generator = new PersonGenerator()
    this.people = Array.from({ length: size.people }, () => generator.next(random))
  }

  *claimsOf(year: number): Generator<GeneratedClaim> {
    const random = new Random((this.seed ^ Math.imul(year, 0x9e3779b1)) >>> 0)
    for (let i = 0; i < this.size.claimsPerYear; i++) {
      yield generateClaim(random, random.int(0, this.size.people - 1), year, i + 1)
    }
  }
}
