import { idCheckDigit } from '../../src/shared/validators/idNumber'

/**
 * The n-th of a series of distinct, valid 18-digit ID numbers (长沙市芙蓉区, born 1960–2000), for
 * rosters of any size in tests. `female` picks an even sequence digit.
 */
export function idNumber(n: number, female = false): string {
  const day = new Date(Date.UTC(1960, 0, 1) + (n % 14_000) * 86_400_000)
  const birth = `${day.getUTCFullYear()}${String(day.getUTCMonth() + 1).padStart(2, '0')}${String(day.getUTCDate()).padStart(2, '0')}`
  const seq = Math.floor(n / 14_000) % 50
  const order = `${String(seq).padStart(2, '0')}${female ? (seq % 5) * 2 : (seq % 5) * 2 + 1}`
  const first17 = `430102${birth}${order}`
  return first17 + idCheckDigit(first17)
}
