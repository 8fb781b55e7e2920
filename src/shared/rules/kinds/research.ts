import type { RuleWarning } from '../../domain/claim'
import { hoursToTenths } from '../../hours'
import { levelLabel, roleLabel, type Role } from '../../vocabulary'
import { invalidRank, missingFact, readQuantity, unknownCase, type ConversionContext, type Outcome } from '../outcome'
import type { AuthorshipConversion, ProjectConversion } from '../types'
import { entriesOf } from '../entries'

const rankText = (rank: number | undefined): string => (rank === undefined ? '' : `（排名第${rank}）`)

function knownRoles(table: Partial<Record<Role, number>>): string {
  return entriesOf(table)
    .map(([role]) => roleLabel(role))
    .join('、')
}

/** 课题研究与项目开发 (二.2): by level and role; 主要完成人 = signed 2nd–4th. */
export function evaluateProject(conv: ProjectConversion, { facts, label }: ConversionContext): Outcome {
  if (!facts.level) return missingFact('缺少课题级别（省部级及以上或市厅级）')
  const badRank = invalidRank(facts.rank)
  if (badRank) return missingFact(badRank)
  const level = conv.levelAliases[facts.level] ?? facts.level
  const roles = conv.levels[level]
  const levelText = level === facts.level ? levelLabel(level) : `${levelLabel(facts.level)}（按${levelLabel(level)}）`
  if (!roles) return unknownCase(`细则${conv.clause}未规定${levelLabel(facts.level)}${label}的学时，请核对级别`)

  const { from, to } = conv.mainContributorRanks
  const rank = facts.rank
  const warnings: RuleWarning[] = []
  let role = facts.role
  let inferred = ''
  if (!role) {
    if (rank === undefined) return missingFact('缺少角色（主持人、主要完成人或其他参与人）或排名')
    role = rank === 1 ? 'host' : roles.mainContributor !== undefined && rank >= from && rank <= to ? 'mainContributor' : 'participant'
    inferred = '，未填角色，按排名认定'
  }
  if (role === 'mainContributor' && roles.mainContributor === undefined) {
    warnings.push({ code: 'unknownRoleOrRank', message: `${levelLabel(level)}课题不设主要完成人，按其他参与人计` })
    role = 'participant'
  } else if (role === 'mainContributor' && rank !== undefined && rank > to) {
    warnings.push({
      code: 'unknownRoleOrRank',
      message: `主要完成人指除主持人外署名前三（排名第${from}–${to}），排名第${rank}按其他参与人计`
    })
    role = 'participant'
  } else if (role === 'mainContributor' && rank !== undefined && rank < from) {
    warnings.push({ code: 'unknownRoleOrRank', message: `排名第${rank}通常为主持人，角色填的是主要完成人，请核对` })
  }
  const hours = roles[role]
  if (hours === undefined) {
    return unknownCase(`${label}不适用角色「${roleLabel(role)}」，细则${conv.clause}只规定${knownRoles(roles)}`)
  }
  return {
    status: 'computed',
    hours: hoursToTenths(hours),
    detail: `${levelText}，${roleLabel(role)}${rankText(rank)}${inferred}`,
    warnings
  }
}

/** 出版著作 and 发表论文 (二.3): by authorship; papers count each (× 数量). */
export function evaluateAuthorship(conv: AuthorshipConversion, { facts, label }: ConversionContext): Outcome {
  const badRank = invalidRank(facts.rank)
  if (badRank) return missingFact(badRank)
  let role = facts.role
  let inferred = ''
  if (!role) {
    if (facts.rank === undefined) return missingFact(`缺少作者角色（${knownRoles(conv.roles)}）或排名`)
    role = facts.rank === 1 ? conv.rankRoles.first : conv.rankRoles.other
    inferred = '，未填角色，按排名认定'
  }
  const each = conv.roles[role]
  if (each === undefined) {
    return unknownCase(`${label}不适用角色「${roleLabel(role)}」，细则${conv.clause}只规定${knownRoles(conv.roles)}`)
  }
  const base = `${roleLabel(role)}${rankText(facts.rank)}${inferred}`
  const warnings: RuleWarning[] = []
  if (!conv.perItem) {
    if (facts.quantity !== undefined && facts.quantity > 1) {
      warnings.push({
        code: 'unknownRoleOrRank',
        message: `${label}每条申报只计 1 ${conv.unit}，数量 ${facts.quantity} 未计入，请分条申报`
      })
    }
    return { status: 'computed', hours: hoursToTenths(each), detail: base, warnings }
  }
  const quantity = readQuantity(facts.quantity)
  if (!quantity.ok) return missingFact(quantity.message)
  return {
    status: 'computed',
    hours: hoursToTenths(each * quantity.value),
    detail: `${base}，${quantity.value} ${conv.unit} × ${each}`,
    warnings
  }
}

export function describeProject(conv: ProjectConversion): string {
  return entriesOf(conv.levels)
    .map(([level, roles]) => {
      const parts = entriesOf(roles).map(([role, h]) => `${roleLabel(role)} ${h}`)
      return `${levelLabel(level)}：${parts.join('、')} 学时`
    })
    .join('；')
}

export function describeAuthorship(conv: AuthorshipConversion): string {
  const parts = entriesOf(conv.roles).map(([role, h]) => `${roleLabel(role)} ${h}`)
  return `${parts.join('、')} 学时${conv.perItem ? `（每${conv.unit}）` : ''}`
}
