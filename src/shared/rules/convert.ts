import type { ConversionContext, Outcome } from './outcome'
import type { Conversion } from './types'
import { describePerDay, evaluatePerDay } from './kinds/attendance'
import { describeStatedHours, evaluateStatedHours } from './kinds/online'
import { describeAuthorship, describeProject, evaluateAuthorship, evaluateProject } from './kinds/research'
import { describeRankBands, evaluateRankBands } from './kinds/patents'
import { describeGradeByLevel, evaluateGradeByLevel } from './kinds/awards'
import {
  describeManual,
  describePosting,
  describeService,
  evaluateManual,
  evaluatePosting,
  evaluateService
} from './kinds/assignments'
import { describePerItem, evaluatePerItem } from './kinds/exams'

/** Applies a conversion table entry to a claim's facts. */
export function convert(conv: Conversion, ctx: ConversionContext): Outcome {
  switch (conv.method) {
    case 'perDay':
      return evaluatePerDay(conv, ctx)
    case 'statedHours':
      return evaluateStatedHours(conv, ctx)
    case 'project':
      return evaluateProject(conv, ctx)
    case 'authorship':
      return evaluateAuthorship(conv, ctx)
    case 'rankBands':
      return evaluateRankBands(conv, ctx)
    case 'gradeByLevel':
      return evaluateGradeByLevel(conv, ctx)
    case 'posting':
      return evaluatePosting(conv, ctx)
    case 'service':
      return evaluateService(conv, ctx)
    case 'perItem':
      return evaluatePerItem(conv, ctx)
    case 'manual':
      return evaluateManual(conv)
  }
}

/** The conversion rule in one Chinese sentence, for the UI and the template's 填写说明. */
export function describeConversion(conv: Conversion): string {
  switch (conv.method) {
    case 'perDay':
      return describePerDay(conv)
    case 'statedHours':
      return describeStatedHours(conv)
    case 'project':
      return describeProject(conv)
    case 'authorship':
      return describeAuthorship(conv)
    case 'rankBands':
      return describeRankBands(conv)
    case 'gradeByLevel':
      return describeGradeByLevel(conv)
    case 'posting':
      return describePosting(conv)
    case 'service':
      return describeService(conv)
    case 'perItem':
      return describePerItem(conv)
    case 'manual':
      return describeManual(conv)
  }
}
