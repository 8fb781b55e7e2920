import type { ClaimFacts } from '../../src/shared/domain/claim'
import type { EvidenceName, KindId } from '../../src/shared/vocabulary'
import { isoDate, yearRange } from './dates'
import { type Random, Weighted } from './random'

/** One claim (申报) of a synthetic person: the facts as the workbook states them. */
export interface GeneratedClaim {
  /** Index into the generated roster. */
  person: number
  title: string
  note: string | null
  /** Facts with vocabulary ids; the workbook writer turns them into the labels users type. */
  facts: ClaimFacts & { year: number }
}

/** How common each kind is in a unit's claims: courses and meetings dominate, postings are rare. */
const KIND_SHARES: readonly (readonly [KindId, number])[] = [
  ['training', 240], ['online', 240], ['conference', 150], ['practice', 50], ['paper', 80], ['project', 30],
  ['book', 10], ['invention', 10], ['utilityModel', 10], ['award', 10], ['skillContest', 10], ['sanyuan', 5],
  ['expertService', 20], ['publicHealth', 10], ['degree', 30], ['qualificationExam', 30], ['digitalExam', 30],
  ['overseas', 5]
]

const TOPICS = [
  '临床路径管理', '医疗质量与安全', '急危重症救治', '院感防控', '合理用药', '护理质量管理', '医学影像新进展', '精准医学',
  '人工智能与大数据', '课程思政', '一流课程建设', '科研诚信', '专业技术人员职业道德', '数字经济', '法治建设',
  '乡村振兴', '安全生产', '工程伦理', '新能源材料', '智能制造', '绿色建筑', '公共卫生应急', '康复医学', '中医药传承'
] as const

const AUTHORSHIP_ROLES = new Weighted([['firstAuthor', 40], ['correspondingAuthor', 15], ['otherAuthor', 35], ['soleAuthor', 10]] as const)

/** Mostly complete evidence; a few claims lack an item, as real ones do. */
function evidence(random: Random, complete: readonly EvidenceName[], incomplete: readonly EvidenceName[]): EvidenceName[] {
  return [...(random.chance(0.93) ? complete : incomplete)]
}

interface Span {
  start: string
  end: string
}

/** A span of `days` calendar days ending inside the year. */
function spanInYear(random: Random, year: number, days: number): Span {
  const { first, last } = yearRange(year)
  const end = random.int(first + days - 1, last)
  return { start: isoDate(end - days + 1), end: isoDate(end) }
}

/** A posting of `months` months that ends inside the year (it may start the year before). */
function posting(random: Random, year: number, months: number): Span {
  const { first, last } = yearRange(year)
  const end = random.int(first + 30, last)
  return { start: isoDate(end - Math.round(months * 30.4)), end: isoDate(end) }
}

type Facts = Omit<GeneratedClaim['facts'], 'kind' | 'year'>

/** The facts and evidence of one kind, as the rules need them (DOMAIN.md table). */
function factsOf(kind: KindId, random: Random, year: number): { title: string; facts: Facts } {
  const topic = random.pick(TOPICS)
  switch (kind) {
    case 'training': {
      const days = random.int(1, 5)
      const half = random.chance(0.3) ? 1 : 0
      const span = spanInYear(random, year, days + half)
      return {
        title: `${topic}培训班`,
        facts: {
          category: random.chance(0.4) ? 'public' : 'professional', startDate: span.start, endDate: span.end, days, halfDays: half,
          evidence: random.chance(0.6)
            ? evidence(random, ['培训通知', '培训课程表', '培训签到表'], ['培训通知', '培训课程表'])
            : evidence(random, ['培训通知', '结业证书'], ['培训通知'])
        }
      }
    }
    case 'practice': {
      const days = random.int(2, 10)
      const span = spanInYear(random, year, days)
      return {
        title: `${topic}实践活动`,
        facts: { startDate: span.start, endDate: span.end, days, evidence: evidence(random, ['实践活动通知', '派出通知'], ['实践活动通知']) }
      }
    }
    case 'online':
      return {
        title: `${topic}网络课程`,
        facts: {
          category: random.chance(0.5) ? 'public' : 'professional', endDate: spanInYear(random, year, 1).end,
          statedHours: random.pick([60, 100, 120, 125, 200, 300]),
          evidence: evidence(random, ['课程时长', '结业证书'], ['课程内容'])
        }
      }
    case 'conference': {
      const days = random.int(1, 3)
      const span = spanInYear(random, year, days)
      return {
        title: `${topic}学术年会`,
        facts: {
          startDate: span.start, endDate: span.end, days,
          evidence: random.chance(0.7) ? evidence(random, ['邀请函', '参会回执', '学习笔记'], ['邀请函', '参会回执']) : ['会议通讯录', '财务报账单']
        }
      }
    }
    case 'project': {
      const role = random.pick(['host', 'mainContributor', 'participant'] as const)
      return {
        title: `${topic}关键技术研究`,
        facts: {
          endDate: spanInYear(random, year, 1).end, level: random.pick(['provincialOrAbove', 'municipal', 'national'] as const), role,
          rank: role === 'host' ? 1 : role === 'mainContributor' ? random.int(2, 4) : random.int(5, 9),
          evidence: ['结题证明']
        }
      }
    }
    case 'book':
      return {
        title: `${topic}教程`,
        facts: {
          endDate: spanInYear(random, year, 1).end, role: random.pick(['soleAuthor', 'firstAuthor', 'otherAuthor'] as const),
          evidence: evidence(random, ['著作封面', '版权页', '目录'], ['著作封面', '版权页'])
        }
      }
    case 'paper':
      return {
        title: `${topic}的实证研究`,
        facts: {
          endDate: spanInYear(random, year, 1).end, role: AUTHORSHIP_ROLES.draw(random), quantity: random.chance(0.85) ? 1 : 2,
          evidence: evidence(random, ['刊物封面', '刊号', '目录'], ['刊物封面', '目录'])
        }
      }
    case 'invention':
    case 'utilityModel':
      return {
        title: `一种用于${topic}的装置`,
        facts: { endDate: spanInYear(random, year, 1).end, rank: random.int(1, 6), evidence: ['专利证书'] }
      }
    case 'award':
      return {
        title: `${topic}成果奖`,
        facts: {
          endDate: spanInYear(random, year, 1).end, level: random.pick(['provincialOrAbove', 'municipal'] as const),
          grade: random.pick(['first', 'second', 'third'] as const), evidence: ['获奖证书']
        }
      }
    case 'skillContest':
      return {
        title: `${topic}职业技能大赛`,
        facts: {
          endDate: spanInYear(random, year, 1).end, level: random.pick(['international', 'national', 'provincial'] as const),
          grade: random.pick(['gold', 'silver', 'bronze'] as const), evidence: ['获奖证书']
        }
      }
    case 'sanyuan': {
      const span = posting(random, year, random.pick([6, 8, 12, 18]))
      return {
        title: random.pick(['援藏', '援疆', '援外']) + '医疗队',
        facts: { startDate: span.start, endDate: span.end, assessment: random.chance(0.95) ? 'pass' : 'fail', evidence: ['派遣通知', '考核表'] }
      }
    }
    case 'expertService': {
      if (random.chance(0.7)) {
        const days = random.int(1, 5)
        const span = spanInYear(random, year, days)
        return { title: `${topic}专家服务基层`, facts: { startDate: span.start, endDate: span.end, role: 'onSite', days, evidence: ['派遣通知', '考核表'] } }
      }
      const span = spanInYear(random, year, 1)
      return {
        title: `${topic}线上专家服务`,
        facts: { startDate: span.start, endDate: span.end, role: 'online', statedHours: random.int(2, 16) * 10, evidence: ['派遣通知', '考核表'] }
      }
    }
    case 'publicHealth': {
      const span = spanInYear(random, year, random.int(7, 60))
      return {
        title: '突发公共卫生事件防控一线',
        facts: { startDate: span.start, endDate: span.end, statedHours: random.int(4, 9) * 100, evidence: ['派遣通知', '考核表'] }
      }
    }
    case 'degree':
      return { title: `${topic}方向在职研究生课程`, facts: { endDate: spanInYear(random, year, 1).end, quantity: random.int(1, 4), evidence: ['成绩单'] } }
    case 'qualificationExam':
      return {
        title: random.pick(['执业药师资格考试', '一级建造师资格考试', '注册会计师考试', '卫生专业技术资格考试']),
        facts: { endDate: spanInYear(random, year, 1).end, quantity: random.int(1, 3), evidence: ['成绩单'] }
      }
    case 'digitalExam':
      return { title: '数字技术应用能力水平考试', facts: { endDate: spanInYear(random, year, 1).end, quantity: 1, evidence: ['合格证书'] } }
    case 'overseas': {
      const span = posting(random, year, random.pick([12, 13, 6]))
      return {
        title: random.pick(['赴美国', '赴德国', '赴日本', '赴新加坡']) + '访问交流',
        facts: { startDate: span.start, endDate: span.end, assessment: 'pass', evidence: ['邀请函', '结业证书'] }
      }
    }
  }
}

const KINDS = new Weighted(KIND_SHARES)

/** Draws one claim of a person in a year; `serial` keeps titles distinct so no two rows are duplicates. */
export function generateClaim(random: Random, person: number, year: number, serial: number): GeneratedClaim {
  const kind = KINDS.draw(random)
  const { title, facts } = factsOf(kind, random, year)
  return {
    person,
    title: `${year}年${title}（${serial}）`,
    note: random.chance(0.05) ? '补交材料' : null,
    facts: { ...facts, kind, year }
  }
}
