import type { Random } from './random'

/** GB 11643: weights of the first 17 digits, and the check character for sum mod 11. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const
const CHECK = '10X98765432'

export function checkCharacter(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17.charCodeAt(i) - 48) * (WEIGHTS[i] ?? 0)
  return CHECK[sum % 11] ?? ''
}

/**
 * Real county-level address codes, mostly Hunan (the unit is in Changsha) with a few from the
 * provinces staff come from, so prefixes look like a real roster's.
 */
const AREA_CODES = [
  '430102', '430103', '430104', '430105', '430111', '430112', '430121', '430181', '430182', '430202', '430211',
  '430302', '430304', '430402', '430408', '430502', '430602', '430611', '430702', '430703', '430802', '430902',
  '431002', '431102', '431202', '431302', '433101', '110101', '110108', '310104', '420102', '420111', '440103',
  '440305', '360102', '510104', '500103', '450102', '520102', '410105', '370102', '320102', '330106', '350102'
] as const

const pad = (n: number, width: number): string => String(n).padStart(width, '0')

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 30)
}

export interface Identity {
  idNumber: string
  gender: '男' | '女'
  birthDate: string
}

/**
 * Draws valid, unique 18-character ID numbers: real area code, a birth date of someone of working
 * age (born 1962–2001), a sequence whose last digit's parity is the gender, and the check digit.
 */
export class IdNumberGenerator {
  private readonly used = new Set<string>()

  next(random: Random): Identity {
    for (;;) {
      const area = random.pick(AREA_CODES)
      const year = random.int(1962, 2001)
      const month = random.int(1, 12)
      const day = random.int(1, daysIn(year, month))
      const sequence = random.int(0, 999)
      const first17 = `${area}${year}${pad(month, 2)}${pad(day, 2)}${pad(sequence, 3)}`
      const idNumber = first17 + checkCharacter(first17)
      if (this.used.has(idNumber)) continue
      this.used.add(idNumber)
      return { idNumber, gender: sequence % 2 === 1 ? '男' : '女', birthDate: `${year}-${pad(month, 2)}-${pad(day, 2)}` }
    }
  }
}
