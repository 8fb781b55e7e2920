import { writeFileSync } from 'node:fs'
import { unkeyed } from '../helpers/claimFacts'
import { describe, expect, it } from 'vitest'
import { parseClaimRows, parseRosterRows } from '../../src/main/import'
import { ID_1880, ID_A, ID_B, tempDir } from './helpers'

const file = tempDir()

function csv(name: string, lines: string[]): string {
  const path = file(name)
  writeFileSync(path, lines.join('\r\n'), 'utf8')
  return path
}

const HEADER = '身份证号,姓名,年度,继续教育形式,科目类别,项目名称,开始日期,结束日期,天数,半天数,学时,级别,角色,排名,等次,数量,考核结果,已提供材料,备注'

describe('claim rows', () => {
  it('takes 年度 from 结束日期 when blank, defaults 数量 to 1, and keeps hours in tenths', async () => {
    const result = await parseClaimRows(
      csv('good.csv', [
        HEADER,
        `${ID_A},李四,,专家服务基层,专业,县医院,2026/4/8,2026/4/10,,,12.5,,线上,,,,,派遣通知、考核表,`,
        `${ID_B},王五,2026,科技奖项,,某奖,,2025-12-20,,,,市厅级,,,一等奖,,,获奖证书,跨年颁发`,
        `${ID_B},王五,2026,学历教育,,在职硕士,,2026.7.1,,,,,,,,3,合格,课程成绩单,`
      ])
    )
    expect(result.errors).toEqual([])
    expect(result.warnings).toEqual([])
    expect(result.rows.map(unkeyed)).toEqual([
      {
        rowNumber: 2,
        idNumber: ID_A,
        name: '李四',
        title: '县医院',
        year: 2026,
        facts: { kind: 'expertService', category: 'professional', startDate: '2026-04-08', endDate: '2026-04-10', statedHours: 125, role: 'online', quantity: 1, evidence: ['派遣通知', '考核表'] }
      },
      {
        rowNumber: 3,
        idNumber: ID_B,
        name: '王五',
        title: '某奖',
        year: 2026,
        remark: '跨年颁发',
        facts: { kind: 'award', year: 2026, endDate: '2025-12-20', level: 'municipal', grade: 'first', quantity: 1, evidence: ['获奖证书'] }
      },
      {
        rowNumber: 4,
        idNumber: ID_B,
        name: '王五',
        title: '在职硕士',
        year: 2026,
        facts: { kind: 'degree', year: 2026, endDate: '2026-07-01', quantity: 3, assessment: 'pass', evidence: ['成绩单'] }
      }
    ])
  })

  it('names the row, the column and what is wrong for every bad cell', async () => {
    const result = await parseClaimRows(
      csv('bad.csv', [
        HEADER,
        `${ID_1880},,,读书会,必修,,,,,,,,,,,,,,`,
        `${ID_A},,1999,培训班,,,2026-03-11,2026-03-09,1.5,,-2,部级,队长,0,特等奖,0,良好,培训通知、合影,`,
        `${ID_A},,,网络课程,,某课,,,,,8,,,,,,,,`,
        `,李四,2026,,,,,,,,,,,,,,,,`
      ])
    )
    expect(result.rows).toEqual([])
    expect(result.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [2, '身份证号', '第 2 行「身份证号」：身份证号第 7–14 位出生日期「18800101」不是有效日期'],
      [2, '继续教育形式', '第 2 行「继续教育形式」：无法识别「读书会」，可填：培训班、实践活动、网络课程、学术会议、课题项目、出版著作、发表论文、发明专利、实用新型专利、科技奖项、技能大赛、三援、专家服务基层、公共卫生防控、学历教育、职业资格考试、数字技术考试、海外交换'],
      [2, '科目类别', '第 2 行「科目类别」：无法识别「必修」，可填：公需科目、专业科目'],
      [3, '年度', '第 3 行「年度」：应为 2000–2100 之间的整数'],
      [3, '结束日期', '第 3 行「结束日期」：结束日期 2026-03-09 早于开始日期 2026-03-11'],
      [3, '天数', '第 3 行「天数」：应填写整数'],
      [3, '学时', '第 3 行「学时」：应在 0–10000 之间'],
      [3, '级别', '第 3 行「级别」：无法识别「部级」，可填：省部级及以上、市厅级、国际级、国家级、省级'],
      [3, '角色', '第 3 行「角色」：无法识别「队长」，可填：主持人、主要完成人、其他参与人、独立作者、第一作者、通讯作者、其他作者、现场、线上'],
      [3, '排名', '第 3 行「排名」：应为 1–999 之间的整数'],
      [3, '等次', '第 3 行「等次」：无法识别「特等奖」，可填：一等奖、二等奖、三等奖、金奖、银奖、铜奖'],
      [3, '数量', '第 3 行「数量」：应为 1–100 之间的整数'],
      [3, '考核结果', '第 3 行「考核结果」：无法识别「良好」，可填：合格、不合格'],
      [3, '已提供材料', '第 3 行「已提供材料」：无法识别的材料名称：「合影」，请使用模板「填写说明」中列出的材料名称'],
      [4, '年度', '第 4 行「年度」：请填写「年度」，或填写「结束日期」以确定年度'],
      [5, '身份证号', '第 5 行「身份证号」：必填，不能为空'],
      [5, '继续教育形式', '第 5 行「继续教育形式」：必填，不能为空']
    ])
  })

  it('warns of the same claim twice in one file, however the title is spaced', async () => {
    const result = await parseClaimRows(
      csv('dup.csv', [
        HEADER,
        `${ID_A},,,发表论文,,某论文（综述）,,2026-07-15,,,,,第一作者,,,,,刊号,`,
        `${ID_A},,,论文,,某论文 (综述),,2026/7/15,,,,,通讯作者,,,,,刊号,`,
        `${ID_B},,,论文,,某论文（综述）,,2026-07-15,,,,,第一作者,,,,,刊号,`
      ])
    )
    expect(result.errors).toEqual([])
    expect(result.rows).toHaveLength(3)
    expect(result.warnings).toEqual([
      { row: 3, message: '第 3 行：与第 2 行疑似重复（同一人员、同一形式、同名称同日期），请确认是否重复申报' }
    ])
  })

  it('upgrades a 15-digit ID with a warning', async () => {
    const result = await parseRosterRows(csv('id15.csv', ['姓名,身份证号,部门', '李四,430102900307123,心内科']))
    expect(result.errors).toEqual([])
    expect(result.rows[0]?.idNumber).toBe('430102199003071234')
    expect(result.warnings).toEqual([{ row: 2, column: '身份证号', message: '第 2 行：15 位身份证号已升级为 18 位 430102199003071234' }])
  })

  it('refuses a birth date after today when today is given', async () => {
    const result = await parseRosterRows(csv('future.csv', ['姓名,身份证号,部门', `李四,${ID_B},心内科`]), { today: '1980-01-01' })
    expect(result.errors).toEqual([{ row: 2, column: '身份证号', message: '第 2 行「身份证号」：身份证号中的出生日期 1985-01-01 晚于今天（1980-01-01）' }])
  })
})
