import { hoursToTenths } from '../../hours'
import { missingFact, readQuantity, type ConversionContext, type Outcome } from '../outcome'
import type { PerItemConversion } from '../types'

/** 学历教育 (二.7), 职业资格考试 and 数字技术考试 (二.8): 30 per course or subject passed. */
export function evaluatePerItem(conv: PerItemConversion, { facts }: ConversionContext): Outcome {
  const quantity = readQuantity(facts.quantity)
  if (!quantity.ok) return missingFact(quantity.message)
  return {
    status: 'computed',
    hours: hoursToTenths(conv.hoursPerItem * quantity.value),
    detail: `通过 ${quantity.value} ${conv.unit} × ${conv.hoursPerItem}`,
    warnings: []
  }
}

export function describePerItem(conv: PerItemConversion): string {
  return `每通过 1 ${conv.unit}折算 ${conv.hoursPerItem} 学时`
}
