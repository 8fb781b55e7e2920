import type { RuleWarning } from '../../domain/claim'
import { hoursToTenths } from '../../hours'
import { invalidRank, missingFact, unknownCase, type ConversionContext, type Outcome } from '../outcome'
import type { RankBandsConversion } from '../types'

/** 发明专利 and 实用新型专利 (二.4): by rank on the certificate; 独立 (sole) counts as first. */
export function evaluateRankBands(conv: RankBandsConversion, { facts, label }: ConversionContext): Outcome {
  const sole = facts.role === 'soleAuthor'
  const rank = sole ? 1 : facts.rank
  if (rank === undefined) return missingFact('缺少专利证书上的排名（独立请填排名 1 或角色“独立”）')
  const badRank = invalidRank(rank)
  if (badRank) return missingFact(badRank)
  const band = conv.bands.find((b) => rank >= b.from && (b.to === null || rank <= b.to))
  if (!band) return unknownCase(`细则${conv.clause}未规定${label}排名第${rank}的学时`)
  const warnings: RuleWarning[] = band.warning ? [{ code: 'unknownRoleOrRank', message: band.warning }] : []
  return {
    status: 'computed',
    hours: hoursToTenths(band.hours),
    detail: sole ? `独立（${band.label}）` : `排名第${rank}（${band.label}）`,
    warnings
  }
}

export function describeRankBands(conv: RankBandsConversion): string {
  return conv.bands.map((b) => `${b.label} ${b.hours}`).join('、') + ' 学时'
}
