/** Page geometry and type sizes shared by every PDF, so the documents look like one family. */
export const MARGIN = { top: 56, bottom: 64, left: 56, right: 56 }

export const FONT_SIZE = {
  title: 18,
  heading: 12.5,
  body: 10.5,
  table: 9,
  footer: 8
}

export const COLOR = {
  text: '#000000',
  muted: '#555555',
  rule: '#444444',
  headerFill: '#E8ECF2',
  zebraFill: '#F7F7F7',
  warn: '#B00000'
}

/** 2026年1月5日: the way dates are written on Chinese official paper. */
export function formatDate(date: Date): string {
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`
}

/** 0.875 → "87.5%". */
export function formatRate(rate: number): string {
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`
}
