import { formatHours } from '../../hours'
import { findNationalBase } from '../../reference/bases'
import { missingFact, type ConversionContext, type Outcome } from '../outcome'
import type { StatedHoursConversion } from '../types'
import type { RuleWarning } from '../../domain/claim'

/** 网络课程 (一.3): the course's stated hours; courses on a national-level base are marked. */
export function evaluateStatedHours(conv: StatedHoursConversion, ctx: ConversionContext): Outcome {
  const { facts } = ctx
  if (facts.statedHours === undefined || facts.statedHours <= 0) return missingFact(`缺少${conv.basis}（学时）`)
  const warnings: RuleWarning[] = []
  const base = facts.platform ? findNationalBase(facts.platform, ctx.countsInYear ?? ctx.ruleSet.year) : undefined
  if (base) {
    warnings.push({
      code: 'nationalBase',
      message: `课程平台属 ${base.year} 年国家级专业技术人员继续教育基地「${base.name}」（${base.platform}）`
    })
  }
  return {
    status: 'computed',
    hours: facts.statedHours,
    detail: `按${conv.basis} ${formatHours(facts.statedHours)} 学时`,
    statedIsBasis: true,
    warnings
  }
}

export function describeStatedHours(conv: StatedHoursConversion): string {
  return `按${conv.basis}认定学时`
}
