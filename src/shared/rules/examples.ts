import { kindLabel, type KindId } from '../vocabulary'
import { latestRuleSet } from './registry'
import type { ClaimColumn, RuleSet } from './types'

type Row = Partial<Record<ClaimColumn, string>>

/**
 * One example row per kind for the import template's 填写说明 sheet, written as an officer
 * would fill it in. Dates follow the rule set's year; 已提供材料 is filled from the kind's first
 * evidence set so the example is always complete under the current rules.
 */
const EXAMPLES: Record<KindId, (y: number) => Row> = {
  training: (y) => ({ 科目类别: '专业科目', 项目名称: '全省工程技术人员能力提升研修班', 开始日期: `${y}-03-09`, 结束日期: `${y}-03-11`, 天数: '2', 半天数: '1' }),
  practice: (y) => ({ 项目名称: '乡村振兴专业实践活动', 开始日期: `${y}-05-12`, 结束日期: `${y}-05-13`, 天数: '2' }),
  online: (y) => ({ 科目类别: '公需科目', 项目名称: '数字经济与创新发展', 结束日期: `${y}-06-30`, 学时: '12', 备注: '平台：sypx.csu.edu.cn' }),
  conference: (y) => ({ 项目名称: '中南地区医学影像学术年会', 开始日期: `${y}-10-18`, 结束日期: `${y}-10-19`, 天数: '1', 半天数: '1' }),
  project: (y) => ({ 项目名称: '湖南省自然科学基金项目（结题）', 结束日期: `${y}-12-01`, 级别: '省部级及以上', 角色: '主要完成人', 排名: '3' }),
  book: (y) => ({ 项目名称: '《桥梁检测技术》', 结束日期: `${y}-08-01`, 角色: '第一作者', 排名: '1' }),
  paper: (y) => ({ 项目名称: '基于深度学习的路面病害识别', 结束日期: `${y}-04-15`, 角色: '通讯作者', 数量: '1' }),
  invention: (y) => ({ 项目名称: '一种混凝土裂缝检测装置', 结束日期: `${y}-07-20`, 排名: '2' }),
  utilityModel: (y) => ({ 项目名称: '一种便携式测温支架', 结束日期: `${y}-09-05`, 排名: '1' }),
  award: (y) => ({ 项目名称: '湖南省科学技术进步奖', 结束日期: `${y}-11-20`, 级别: '省部级及以上', 等次: '二等奖' }),
  skillContest: (y) => ({ 项目名称: '湖南省职业技能大赛（电工）', 结束日期: `${y}-10-30`, 级别: '省级', 等次: '银奖' }),
  sanyuan: (y) => ({ 项目名称: '援疆医疗队', 开始日期: `${y}-01-01`, 结束日期: `${y}-06-30`, 考核结果: '合格' }),
  expertService: (y) => ({ 项目名称: '专家服务基层（县人民医院）', 开始日期: `${y}-04-08`, 结束日期: `${y}-04-10`, 角色: '现场', 天数: '3' }),
  publicHealth: (y) => ({
    项目名称: '传染病防控一线工作',
    开始日期: `${y}-02-01`,
    结束日期: `${y}-02-20`,
    备注: '细则未规定折算，由经办人人工认定学时并说明原因'
  }),
  degree: (y) => ({ 项目名称: '在职工程硕士', 结束日期: `${y}-07-01`, 数量: '2' }),
  qualificationExam: (y) => ({ 项目名称: '一级注册建造师考试', 结束日期: `${y}-12-10`, 数量: '1' }),
  digitalExam: (y) => ({ 项目名称: '数字技术应用能力水平考试', 结束日期: `${y}-09-20`, 数量: '1' }),
  overseas: (y) => ({ 项目名称: '赴德国访问学者', 开始日期: `${y - 1}-09-01`, 结束日期: `${y}-08-31`, 考核结果: '合格' })
}

export function exampleFor(kind: KindId, ruleSet: RuleSet = latestRuleSet()): Row {
  const firstSet = ruleSet.kinds[kind].evidence.sets[0]
  const evidence = firstSet ? firstSet.items.map((group) => group[0] ?? '').filter(Boolean).join('、') : ''
  return {
    身份证号: '430102199003071234',
    姓名: '张三',
    年度: String(ruleSet.year),
    继续教育形式: kindLabel(kind),
    ...EXAMPLES[kind](ruleSet.year),
    已提供材料: evidence
  }
}
