import type { ApprovedClaimRow, CertificateSubject, DepartmentRow, PersonSummaryRow, UnitInfo } from '../../src/main/reports/types'

/**
 * A unit whose staff have names outside GB2312 and whose data carries text a spreadsheet would
 * take for a formula. Deterministic: the same arrays every call.
 */
export const RARE_NAMES = ['王喆', '李堃', '陈珺', '赵玥', '刘彧', '周镕']
export const MALICIOUS = ["=cmd|' /C calc'!A0", '+1', '-2', '@SUM(A1)']

export const unit: UnitInfo = {
  unitName: '湖南省某某工程设计研究院',
  officerName: '张晓珺',
  year: 2026,
  policy: { year: 2026, minPublic: 300, minProfessional: 600, minTotal: 900 }
}

const DEPARTMENTS = ['设计一所', '设计二所', '勘察院', MALICIOUS[1] ?? '+1']
const TITLES = ['工程师', '高级工程师', '助理工程师', '正高级工程师']
const SURNAMES = '张王李赵刘陈杨黄吴周徐孙马朱胡郭何高林罗'
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '霞', '平']

/** 18-digit ID numbers with a valid check digit (GB 11643). */
export function idNumber(seq: number): string {
  const body = `430102${1970 + (seq % 30)}${String((seq % 12) + 1).padStart(2, '0')}${String((seq % 28) + 1).padStart(2, '0')}${String(100 + (seq % 900)).padStart(3, '0')}`
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...body].reduce((s, d, i) => s + Number(d) * (weights[i] ?? 0), 0)
  return body + '10X98765432'.charAt(sum % 11)
}

function nameOf(seq: number): string {
  if (seq < RARE_NAMES.length) return RARE_NAMES[seq] ?? ''
  return (SURNAMES[seq % SURNAMES.length] ?? '') + (GIVEN[(seq * 7) % GIVEN.length] ?? '')
}

function claimsOf(seq: number, person: { idNumber: string; name: string; department: string }): ApprovedClaimRow[] {
  const base = { idNumber: person.idNumber, name: person.name, department: person.department }
  const claims: ApprovedClaimRow[] = [
    {
      ...base,
      kindLabel: '培训班',
      title: seq === 1 ? (MALICIOUS[0] ?? '') : `${2026}年度专业技术人员公需科目培训（第${(seq % 4) + 1}期）`,
      startDate: '2026-03-02',
      endDate: '2026-03-05',
      category: 'public',
      hours: seq % 5 === 4 ? 160 : 320,
      clause: '二.1',
      explanation: '二.1 培训班，4 天 → 32 学时'
    },
    {
      ...base,
      kindLabel: '网络课程',
      title: seq === 2 ? (MALICIOUS[3] ?? '') : '工程建设标准强制性条文解读与BIM技术应用',
      startDate: '2026-05-10',
      endDate: '2026-06-30',
      category: 'professional',
      hours: seq % 3 === 0 ? 400 : 600,
      clause: '二.1',
      explanation: seq === 3 ? (MALICIOUS[2] ?? '') : '按课程时长认定 → 60 学时'
    }
  ]
  if (seq % 7 === 0) {
    claims.push({
      ...base,
      kindLabel: '发表论文',
      title: '基于有限元分析的大跨度钢结构屋盖抗风设计方法研究——以某体育馆为例',
      startDate: null,
      endDate: '2026-09-15',
      category: 'professional',
      hours: 300,
      clause: '二.3',
      explanation: '二.3 发表论文，第一作者 → 30 学时'
    })
  }
  return claims
}

export interface FixturePerson {
  summary: PersonSummaryRow
  claims: ApprovedClaimRow[]
}

export function makePeople(count: number): FixturePerson[] {
  const people: FixturePerson[] = []
  for (let seq = 0; seq < count; seq++) {
    const basics = {
      idNumber: idNumber(seq),
      name: nameOf(seq),
      department: DEPARTMENTS[seq % DEPARTMENTS.length] ?? '',
      title: seq === 5 ? (MALICIOUS[0] ?? '') : (TITLES[seq % TITLES.length] ?? '')
    }
    const claims = claimsOf(seq, basics)
    const pub = claims.filter((c) => c.category === 'public').reduce((s, c) => s + c.hours, 0)
    const pro = claims.filter((c) => c.category === 'professional').reduce((s, c) => s + c.hours, 0)
    const yearMet = seq === 4
    const shortfall = {
      public: Math.max(0, unit.policy.minPublic - pub),
      professional: Math.max(0, unit.policy.minProfessional - pro),
      total: Math.max(0, unit.policy.minTotal - pub - pro)
    }
    const compliant = yearMet || (shortfall.public === 0 && shortfall.professional === 0 && shortfall.total === 0)
    people.push({
      summary: {
        ...basics,
        publicHours: pub,
        professionalHours: pro,
        totalHours: pub + pro,
        yearMet,
        compliant,
        shortfall: compliant ? { public: 0, professional: 0, total: 0 } : shortfall
      },
      claims
    })
  }
  return people
}

export function departmentsOf(people: readonly FixturePerson[]): DepartmentRow[] {
  return DEPARTMENTS.map((department) => {
    const members = people.filter((p) => p.summary.department === department)
    const compliant = members.filter((p) => p.summary.compliant).length
    return { department, people: members.length, compliant, rate: members.length ? compliant / members.length : 0 }
  })
}

export const subjects = (people: readonly FixturePerson[]): CertificateSubject[] =>
  people.map((p) => ({ summary: p.summary, claims: p.claims }))

/** Someone with more approved claims than one certificate page holds. */
export function busyPerson(): FixturePerson {
  const base = makePeople(8)[7] as FixturePerson
  const claims: ApprovedClaimRow[] = Array.from({ length: 40 }, (_, i) => ({
    idNumber: base.summary.idNumber,
    name: base.summary.name,
    department: base.summary.department,
    kindLabel: i % 2 ? '学术会议' : '网络课程',
    title: `专题讲座第${i + 1}讲：装配式建筑设计要点、结构抗震性能化设计与绿色建筑评价标准的工程应用`,
    startDate: '2026-04-01',
    endDate: '2026-04-01',
    category: i % 3 === 0 ? 'public' : 'professional',
    hours: 40,
    clause: '二.1',
    explanation: '二.1 学术会议，半天 → 4 学时'
  }))
  const pub = claims.filter((c) => c.category === 'public').reduce((s, c) => s + c.hours, 0)
  const pro = claims.filter((c) => c.category === 'professional').reduce((s, c) => s + c.hours, 0)
  return {
    summary: {
      ...base.summary,
      publicHours: pub,
      professionalHours: pro,
      totalHours: pub + pro,
      yearMet: false,
      compliant: true,
      shortfall: { public: 0, professional: 0, total: 0 }
    },
    claims
  }
}
