import { describe, expect, it } from 'vitest'
import { checkCharacter } from '../../bench/generate/idNumbers'
import { SyntheticUnit } from '../../bench/generate/unit'
import { parseIdNumber } from '../../src/shared/validators/idNumber'
import { KIND_IDS } from '../../src/shared/vocabulary'

const SMALL = { people: 2_000, claimsPerYear: 3_000, years: [2025, 2026] }

describe('the benchmark’s synthetic unit', () => {
  it('is the same unit for the same seed, and another for another seed', () => {
    const a = new SyntheticUnit(SMALL, 7)
    const b = new SyntheticUnit(SMALL, 7)
    expect(b.people).toEqual(a.people)
    expect([...b.claimsOf(2026)]).toEqual([...a.claimsOf(2026)])
    expect(new SyntheticUnit(SMALL, 8).people[0]).not.toEqual(a.people[0])
  })

  it('gives everyone a unique ID number that the project’s validator accepts, gender matching', () => {
    const unit = new SyntheticUnit(SMALL)
    expect(new Set(unit.people.map((p) => p.idNumber)).size).toBe(SMALL.people)
    for (const p of unit.people) {
      const parsed = parseIdNumber(p.idNumber, '2026-01-01')
      expect(parsed, p.idNumber).toMatchObject({ ok: true, gender: p.gender })
    }
  })

  it('computes the GB 11643 check character of the standard example', () => {
    expect(checkCharacter('11010519491231002')).toBe('X')
  })

  it('draws every one of the 18 kinds, each claim in its year and for a person of the roster', () => {
    const unit = new SyntheticUnit(SMALL)
    const claims = [...unit.claimsOf(2026)]
    expect(new Set(claims.map((c) => c.facts.kind))).toEqual(new Set(KIND_IDS))
    for (const c of claims) {
      expect(c.facts.endDate?.slice(0, 4)).toBe('2026')
      expect(unit.people[c.person]).toBeDefined()
      expect(c.facts.evidence.length).toBeGreaterThan(0)
    }
  })

  it('includes names with characters outside GB2312', () => {
    const unit = new SyntheticUnit(SMALL)
    expect(unit.people.some((p) => /[喆堃珺玥彧镕]/.test(p.name))).toBe(true)
  })
})
