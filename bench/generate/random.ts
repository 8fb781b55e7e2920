/**
 * A seeded pseudo-random source (mulberry32): the same seed gives the same unit on every machine,
 * so two runs of the benchmark measure the same data.
 */
export class Random {
  private state: number

  constructor(seed: number) {
    this.state = seed >>> 0
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance(p: number): boolean {
    return this.next() < p
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)]
    if (item === undefined) throw new Error('pick from an empty list')
    return item
  }
}

/**
 * Picks by weight in O(log n): built once from a frequency table (surnames, kinds), then drawn
 * from hundreds of thousands of times.
 */
export class Weighted<T> {
  private readonly items: readonly T[]
  private readonly cumulative: number[]

  constructor(entries: readonly (readonly [T, number])[]) {
    this.items = entries.map(([item]) => item)
    let sum = 0
    this.cumulative = entries.map(([, weight]) => (sum += weight))
    if (sum <= 0) throw new Error('weights must add up to more than 0')
  }

  draw(random: Random): T {
    const total = this.cumulative[this.cumulative.length - 1] ?? 0
    const x = random.next() * total
    let lo = 0
    let hi = this.cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((this.cumulative[mid] ?? 0) > x) hi = mid
      else lo = mid + 1
    }
    const item = this.items[lo]
    if (item === undefined) throw new Error('empty weighted table')
    return item
  }
}
