import type { KindId } from '../../vocabulary'
import type { Conversion } from '../types'

/** Levels written as 国家级 / 国际级 / 省级 are within 省(部)级以上 for 课题 and 奖项. */
const PROVINCIAL_OR_ABOVE_ALIASES = {
  national: 'provincialOrAbove',
  international: 'provincialOrAbove',
  provincial: 'provincialOrAbove'
} as const

const PER_DAY = { method: 'perDay', clause: '二.1', perDay: 8, perHalfDay: 4 } as const

/** 二、学时（分）折算细则 (湖南 2026), one entry per kind. Hours are 学时 as in the seed. */
export const CONVERSION_2026 = {
  training: PER_DAY,
  practice: {
    ...PER_DAY,
    note: '细则第二部分未规定实践活动的折算，按二.1 培训、研讨、会议每天 8 学时、半天 4 学时折算'
  },
  online: { method: 'statedHours', clause: '一.3', basis: '课程时长' },
  conference: PER_DAY,
  project: {
    method: 'project',
    clause: '二.2',
    levelAliases: PROVINCIAL_OR_ABOVE_ALIASES,
    levels: {
      provincialOrAbove: { host: 60, mainContributor: 30, participant: 10 },
      municipal: { host: 30, participant: 10 }
    },
    mainContributorRanks: { from: 2, to: 4 }
  },
  book: {
    method: 'authorship',
    clause: '二.3',
    roles: { soleAuthor: 60, firstAuthor: 60, otherAuthor: 30 },
    rankRoles: { first: 'firstAuthor', other: 'otherAuthor' },
    perItem: false,
    unit: '部'
  },
  paper: {
    method: 'authorship',
    clause: '二.3',
    roles: { soleAuthor: 30, firstAuthor: 30, correspondingAuthor: 30, otherAuthor: 10 },
    rankRoles: { first: 'firstAuthor', other: 'otherAuthor' },
    perItem: true,
    unit: '篇'
  },
  invention: {
    method: 'rankBands',
    clause: '二.4',
    bands: [
      { from: 1, to: 1, hours: 60, label: '独立或排名第一' },
      { from: 2, to: 3, hours: 30, label: '排名前三' },
      { from: 4, to: null, hours: 10, label: '其他参与人' }
    ]
  },
  utilityModel: {
    method: 'rankBands',
    clause: '二.4',
    bands: [
      { from: 1, to: 1, hours: 30, label: '独立或排名第一' },
      { from: 2, to: 3, hours: 10, label: '排名前三' },
      {
        from: 4,
        to: null,
        hours: 0,
        label: '排名第四及以后，细则未规定学时',
        warning: '细则对实用新型专利只规定独立或排名前三者的学时，排名第四及以后不予折算（0 学时）'
      }
    ]
  },
  award: {
    method: 'gradeByLevel',
    clause: '二.5',
    levelAliases: PROVINCIAL_OR_ABOVE_ALIASES,
    levels: {
      provincialOrAbove: { clause: '二.5', grades: { first: 60, second: 30, third: 10 } },
      municipal: { clause: '二.5', grades: { first: 30, second: 10, third: 5 } }
    }
  },
  skillContest: {
    method: 'gradeByLevel',
    clause: '二.10、二.11',
    levelAliases: {},
    levels: {
      international: { clause: '二.10', grades: { gold: 60, silver: 30, bronze: 10 } },
      national: { clause: '二.10', grades: { gold: 60, silver: 30, bronze: 10 } },
      provincial: { clause: '二.11', grades: { gold: 30, silver: 10, bronze: 5 } }
    }
  },
  sanyuan: { method: 'posting', clause: '二.6', noun: '外派', minMonths: 6, allYearsAboveMonths: 12, yearHours: 90 },
  expertService: {
    method: 'service',
    clause: '二.6',
    onSitePerDay: 8,
    onSitePerHalfDay: 4,
    halfDayNote: '二.6 只规定现场服务每天 8 学时，半天参照二.1 按 4 学时'
  },
  publicHealth: { method: 'manual', clause: '一.9', reason: '细则未规定公共卫生事件防控一线工作的学时折算' },
  degree: { method: 'perItem', clause: '二.7', hoursPerItem: 30, unit: '门课程或考核' },
  qualificationExam: { method: 'perItem', clause: '二.8', hoursPerItem: 30, unit: '门考试课程' },
  digitalExam: { method: 'perItem', clause: '二.8', hoursPerItem: 30, unit: '个科目' },
  overseas: {
    method: 'posting',
    clause: '二.9',
    noun: '交换',
    minMonths: 12,
    allYearsAboveMonths: null,
    yearHours: 90
  }
} as const satisfies Record<KindId, Conversion>
