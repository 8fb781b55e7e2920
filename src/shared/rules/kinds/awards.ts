import { hoursToTenths } from '../../hours'
import { gradeLabel, levelLabel } from '../../vocabulary'
import { entriesOf } from '../entries'
import { missingFact, unknownCase, type ConversionContext, type Outcome } from '../outcome'
import type { GradeByLevelConversion } from '../types'

const knownLevels = (conv: GradeByLevelConversion): string =>
  entriesOf(conv.levels)
    .map(([level]) => levelLabel(level))
    .join('、')

/** 科技(社科)奖项 (二.5) and 技能大赛 (二.10, 二.11): by level and grade. */
export function evaluateGradeByLevel(conv: GradeByLevelConversion, { facts, label }: ConversionContext): Outcome {
  if (!facts.level) return missingFact(`缺少级别（${knownLevels(conv)}）`, conv.clause)
  if (!facts.grade) return missingFact('缺少获奖等次', conv.clause)
  const level = conv.levelAliases[facts.level] ?? facts.level
  const entry = conv.levels[level]
  if (!entry) {
    return unknownCase(
      `细则${conv.clause}只规定${knownLevels(conv)}${label}的学时，未规定${levelLabel(facts.level)}`,
      conv.clause
    )
  }
  const hours = entry.grades[facts.grade]
  const levelText = level === facts.level ? levelLabel(level) : `${levelLabel(facts.level)}（按${levelLabel(level)}）`
  if (hours === undefined) {
    const grades = entriesOf(entry.grades)
      .map(([g]) => gradeLabel(g))
      .join('、')
    return unknownCase(`${levelText}${label}没有「${gradeLabel(facts.grade)}」这一等次，细则${entry.clause}只规定${grades}`, entry.clause)
  }
  return { status: 'computed', hours: hoursToTenths(hours), detail: `${levelText}${gradeLabel(facts.grade)}`, clause: entry.clause, warnings: [] }
}

export function describeGradeByLevel(conv: GradeByLevelConversion): string {
  return entriesOf(conv.levels)
    .map(([level, entry]) => {
      const grades = entriesOf(entry.grades).map(([g, h]) => `${gradeLabel(g)} ${h}`)
      return `${levelLabel(level)}（${entry.clause}）：${grades.join('、')} 学时`
    })
    .join('；')
}
