import { foldText } from '../vocabulary'

/**
 * National-level continuing-education bases (国家级专业技术人员继续教育基地). The list is published
 * per year ("2026 年有效"), so each entry carries the year it is valid in; next year's list is
 * new rows, not an edit.
 */
export interface NationalBase {
  year: number
  /** 基地名称 */
  name: string
  /** 网络平台网址 (host name as published) */
  platform: string
  contact: string
  phone: string
}

export const NATIONAL_BASES = [
  { year: 2026, name: '中南大学', platform: 'sypx.csu.edu.cn', contact: '朱颖', phone: '0731-82654585' },
  { year: 2026, name: '湖南大学', platform: 'jxjyjd.hnu.edu.cn', contact: '沈路', phone: '0731-88684682' },
  { year: 2026, name: '长沙理工大学', platform: 'jxjy.csust.edu.cn', contact: '莫世民', phone: '0731-84213966' },
  { year: 2026, name: '湖南工学院', platform: 'sydw.hnit.edu.cn', contact: '李鹏祥', phone: '0734-8432336' }
] as const satisfies readonly NationalBase[]

export function basesForYear(year: number): readonly NationalBase[] {
  return NATIONAL_BASES.filter((b) => b.year === year)
}

/** "https://www.sypx.csu.edu.cn:8080/course/1" → "sypx.csu.edu.cn"; undefined if not host-like. */
function hostOf(text: string): string | undefined {
  const host = text
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .split(/[/?#:]/)[0]
    ?.replace(/^www\./, '')
  return host && /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) ? host : undefined
}

/** The base whose platform the text names (a URL, a host, or the base's name), if any. */
export function findNationalBase(platform: string, year: number): NationalBase | undefined {
  const host = hostOf(platform)
  const folded = foldText(platform)
  return basesForYear(year).find((b) =>
    host !== undefined ? host === b.platform || host.endsWith(`.${b.platform}`) : folded.includes(foldText(b.name))
  )
}

export function isNationalBasePlatform(platform: string, year: number): boolean {
  return findNationalBase(platform, year) !== undefined
}
