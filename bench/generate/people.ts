import { IdNumberGenerator } from './idNumbers'
import { NameGenerator } from './names'
import { type Random, Weighted } from './random'

/** One row of the roster (人员名册), as the officer's workbook states it. */
export interface Person {
  name: string
  idNumber: string
  gender: '男' | '女'
  department: string
  /** 专业技术职务. */
  title: string
  /** 职称级别: 正高级 / 副高级 / 中级 / 初级. */
  titleLevel: TitleLevel
  phone: string
  /** 人员状态. */
  status: '在职' | '离职' | '退休'
}

type TitleLevel = '正高级' | '副高级' | '中级' | '初级'

/** A title ladder (正高 → 初级) for one profession. */
type Ladder = readonly [string, string, string, string]

const DOCTOR: Ladder = ['主任医师', '副主任医师', '主治医师', '医师']
const NURSE: Ladder = ['主任护师', '副主任护师', '主管护师', '护师']
const PHARMACIST: Ladder = ['主任药师', '副主任药师', '主管药师', '药师']
const TECHNICIAN: Ladder = ['主任技师', '副主任技师', '主管技师', '技师']
const TEACHER: Ladder = ['教授', '副教授', '讲师', '助教']
const RESEARCHER: Ladder = ['研究员', '副研究员', '助理研究员', '研究实习员']
const ENGINEER: Ladder = ['正高级工程师', '高级工程师', '工程师', '助理工程师']
const LIBRARIAN: Ladder = ['研究馆员', '副研究馆员', '馆员', '助理馆员']
const ACCOUNTANT: Ladder = ['正高级会计师', '高级会计师', '会计师', '助理会计师']

/** A hospital group and a university: clinical departments, schools and offices, with their ladders. */
const DEPARTMENTS: readonly (readonly [string, readonly Ladder[], number])[] = [
  ['心血管内科', [DOCTOR, NURSE], 4], ['呼吸与危重症医学科', [DOCTOR, NURSE], 4], ['消化内科', [DOCTOR, NURSE], 3],
  ['神经内科', [DOCTOR, NURSE], 3], ['肾内科', [DOCTOR, NURSE], 2], ['内分泌科', [DOCTOR, NURSE], 2],
  ['普通外科', [DOCTOR, NURSE], 4], ['骨科', [DOCTOR, NURSE], 4], ['神经外科', [DOCTOR, NURSE], 2],
  ['心胸外科', [DOCTOR, NURSE], 2], ['泌尿外科', [DOCTOR, NURSE], 2], ['妇产科', [DOCTOR, NURSE], 4],
  ['儿科', [DOCTOR, NURSE], 4], ['眼科', [DOCTOR, NURSE], 2], ['耳鼻咽喉头颈外科', [DOCTOR, NURSE], 2],
  ['口腔科', [DOCTOR, NURSE], 2], ['皮肤科', [DOCTOR, NURSE], 1], ['急诊科', [DOCTOR, NURSE], 3],
  ['重症医学科', [DOCTOR, NURSE], 3], ['麻醉科', [DOCTOR, NURSE], 3], ['放射科', [DOCTOR, TECHNICIAN], 3],
  ['超声医学科', [DOCTOR, TECHNICIAN], 2], ['检验科', [TECHNICIAN], 3], ['病理科', [DOCTOR, TECHNICIAN], 2],
  ['药学部', [PHARMACIST], 3], ['护理部', [NURSE], 2], ['康复医学科', [DOCTOR, TECHNICIAN, NURSE], 2],
  ['中医科', [DOCTOR, NURSE], 2], ['感染科', [DOCTOR, NURSE], 2], ['肿瘤科', [DOCTOR, NURSE], 3],
  ['计算机学院', [TEACHER, ENGINEER], 3], ['机械工程学院', [TEACHER, ENGINEER], 3], ['土木工程学院', [TEACHER, ENGINEER], 3],
  ['材料科学与工程学院', [TEACHER, RESEARCHER], 2], ['化学化工学院', [TEACHER, RESEARCHER], 2],
  ['物理与电子学院', [TEACHER, RESEARCHER], 2], ['数学与统计学院', [TEACHER], 2], ['外国语学院', [TEACHER], 2],
  ['马克思主义学院', [TEACHER], 1], ['经济与管理学院', [TEACHER], 2], ['法学院', [TEACHER], 1], ['文学院', [TEACHER], 1],
  ['公共卫生学院', [TEACHER, RESEARCHER], 2], ['护理学院', [TEACHER, NURSE], 1], ['图书馆', [LIBRARIAN], 1],
  ['信息中心', [ENGINEER], 1], ['后勤保障部', [ENGINEER], 1], ['科研处', [RESEARCHER], 1], ['财务处', [ACCOUNTANT], 1],
  ['人事处', [ACCOUNTANT, RESEARCHER], 1]
]

export const DEPARTMENT_NAMES: readonly string[] = DEPARTMENTS.map(([name]) => name)

const LEVELS: readonly TitleLevel[] = ['正高级', '副高级', '中级', '初级']

/** A pyramid: few 正高, most 中级 and 初级. */
const LEVEL_SHARES = new Weighted<number>([[0, 8], [1, 20], [2, 42], [3, 30]])

const STATUS = new Weighted<Person['status']>([['在职', 95], ['离职', 3], ['退休', 2]])

const PHONE_PREFIXES = ['130', '131', '132', '135', '136', '137', '138', '139', '150', '151', '152', '158', '159', '176', '177', '180', '186', '187', '188', '189', '199'] as const

export class PersonGenerator {
  private readonly names = new NameGenerator()
  private readonly ids = new IdNumberGenerator()
  private readonly departments = new Weighted(DEPARTMENTS.map((d) => [d, d[2]] as const))

  next(random: Random): Person {
    const identity = this.ids.next(random)
    const [department, ladders] = this.departments.draw(random)
    const ladder = random.pick(ladders)
    const level = LEVEL_SHARES.draw(random)
    return {
      name: this.names.next(random),
      idNumber: identity.idNumber,
      gender: identity.gender,
      department,
      title: ladder[level] ?? ladder[3],
      titleLevel: LEVELS[level] ?? '初级',
      phone: random.pick(PHONE_PREFIXES) + String(random.int(0, 99_999_999)).padStart(8, '0'),
      status: STATUS.draw(random)
    }
  }
}
