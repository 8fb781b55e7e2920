import { EMPLOYEE_STATUSES, GENDERS, TITLE_LEVELS } from '../../shared/domain'
import { ASSESSMENTS, CATEGORIES, GRADES, KINDS, LEVELS, ROLES, labelsOf } from '../../shared/vocabulary'

/**
 * The columns of the two workbooks (人员名册, 学时申报): the single source for the template's
 * header and help sheet and for the reader's header mapping and cell normalisation.
 */

/** How a cell of the column is normalised before row validation. */
export type ColumnType =
  | 'text' // free text, trimmed
  | 'code' // short code-like text (ID, phone, enum): full-width folded, spaces removed
  | 'idNumber' // 身份证号: like code, but a number cell is refused (Excel has dropped digits)
  | 'date'
  | 'integer'
  | 'decimal'

export interface ColumnDef<K extends string = string> {
  key: K
  /** Header text exactly as the template writes it (without the `*`). */
  header: string
  required: boolean
  /** Other header texts officers use for the same column. */
  synonyms: readonly string[]
  type: ColumnType
  /** Dropdown values (data validation list) for enumerated columns. */
  values?: readonly string[]
  /** Column width in the template, in characters. */
  width: number
  /** One line for the 填写说明 sheet. */
  help: string
}

export interface TableSpec<K extends string = string> {
  /** Name of the template's data sheet. */
  sheetName: string
  columns: readonly ColumnDef<K>[]
}

const ID_SYNONYMS = ['身份证号码', '证件号码', '公民身份号码', '身份证', '证件号', '身份证件号码']
const NAME_SYNONYMS = ['人员姓名', '员工姓名', '职工姓名']
const DATE_HELP = '日期可写 2026-03-09、2026/3/9、2026.3.9、2026年3月9日 或 20260309，也可用 Excel 日期格式'


export type RosterColumn = 'name' | 'idNumber' | 'gender' | 'department' | 'title' | 'titleLevel' | 'phone' | 'status'

export const ROSTER_SPEC: TableSpec<RosterColumn> = {
  sheetName: '人员名册',
  columns: [
    { key: 'name', header: '姓名', required: true, synonyms: NAME_SYNONYMS, type: 'text', width: 12, help: '必填。' },
    {
      key: 'idNumber',
      header: '身份证号',
      required: true,
      synonyms: ID_SYNONYMS,
      type: 'idNumber',
      width: 22,
      help: '必填。18 位居民身份证号码，末位 X 大小写均可；本列须为文本格式，否则 Excel 会丢失末几位数字。'
    },
    { key: 'gender', header: '性别', required: false, synonyms: [], type: 'code', values: labelsOf(GENDERS), width: 8, help: '男 / 女；不填则按身份证号推算，填写时须与身份证号一致。' },
    {
      key: 'department',
      header: '部门',
      required: true,
      synonyms: ['科室', '单位部门', '所在部门', '所在科室', '部门名称', '部门科室'],
      type: 'text',
      width: 16,
      help: '必填。所在部门或科室名称。'
    },
    {
      key: 'title',
      header: '专业技术职务',
      required: false,
      synonyms: ['专业技术职务名称', '职称', '职称名称', '职务'],
      type: 'text',
      width: 18,
      help: '如：主治医师、工程师、讲师。'
    },
    {
      key: 'titleLevel',
      header: '职称级别',
      required: false,
      synonyms: ['职称等级', '专业技术职务级别', '职称层级'],
      type: 'code',
      values: labelsOf(TITLE_LEVELS),
      width: 12,
      help: '正高级 / 副高级 / 中级 / 初级。'
    },
    {
      key: 'phone',
      header: '手机号码',
      required: false,
      synonyms: ['手机', '手机号', '联系电话', '电话', '联系方式'],
      type: 'code',
      width: 16,
      help: '11 位手机号码，可不填。'
    },
    {
      key: 'status',
      header: '人员状态',
      required: false,
      synonyms: ['状态', '在职状态', '在岗状态'],
      type: 'code',
      values: labelsOf(EMPLOYEE_STATUSES),
      width: 10,
      help: '在职 / 离职 / 退休；不填视为在职。'
    }
  ]
}

export type ClaimColumn =
  | 'idNumber'
  | 'name'
  | 'year'
  | 'kind'
  | 'category'
  | 'title'
  | 'startDate'
  | 'endDate'
  | 'days'
  | 'halfDays'
  | 'hours'
  | 'level'
  | 'role'
  | 'rank'
  | 'grade'
  | 'quantity'
  | 'assessment'
  | 'evidence'
  | 'remark'

export const CLAIMS_SPEC: TableSpec<ClaimColumn> = {
  sheetName: '学时申报',
  columns: [
    {
      key: 'idNumber',
      header: '身份证号',
      required: true,
      synonyms: ID_SYNONYMS,
      type: 'idNumber',
      width: 22,
      help: '必填。须是人员名册中已有的人员；本列须为文本格式。'
    },
    { key: 'name', header: '姓名', required: false, synonyms: NAME_SYNONYMS, type: 'text', width: 10, help: '可不填；填写时须与人员名册一致。' },
    {
      key: 'year',
      header: '年度',
      required: false,
      synonyms: ['申报年度', '年份', '学时年度', '所属年度'],
      type: 'integer',
      width: 8,
      help: '学时计入的年度，如 2026；不填则取「结束日期」所在年度。'
    },
    {
      key: 'kind',
      header: '继续教育形式',
      required: true,
      synonyms: ['形式', '类型', '继续教育类型', '学习形式', '申报类型', '继续教育方式'],
      type: 'code',
      values: labelsOf(KINDS),
      width: 16,
      help: `必填。可选：${labelsOf(KINDS).join('、')}。`
    },
    {
      key: 'category',
      header: '科目类别',
      required: false,
      synonyms: ['科目', '类别', '科目类型'],
      type: 'code',
      values: labelsOf(CATEGORIES),
      width: 10,
      help: '公需科目 / 专业科目；不填按专业科目。'
    },
    {
      key: 'title',
      header: '项目名称',
      required: false,
      synonyms: ['名称', '培训名称', '课程名称', '项目', '活动名称', '论文题目', '题目', '内容'],
      type: 'text',
      width: 28,
      help: '培训班、课程、会议、课题、论文、专利、奖项等的名称。'
    },
    {
      key: 'startDate',
      header: '开始日期',
      required: false,
      synonyms: ['起始日期', '开始时间', '起始时间'],
      type: 'date',
      width: 12,
      help: `活动开始的日期。${DATE_HELP}。`
    },
    {
      key: 'endDate',
      header: '结束日期',
      required: false,
      synonyms: ['结束时间', '截止日期', '完成日期', '终止日期'],
      type: 'date',
      width: 12,
      help: '活动结束、结题、出版、发表、授权或获奖的日期，学时计入该日期所在年度。日期写法同上。'
    },
    { key: 'days', header: '天数', required: false, synonyms: ['培训天数', '全天数', '整天数'], type: 'integer', width: 6, help: '整天数，每天 8 学时。' },
    { key: 'halfDays', header: '半天数', required: false, synonyms: ['半天'], type: 'integer', width: 7, help: '半天数，每半天 4 学时。' },
    {
      key: 'hours',
      header: '学时',
      required: false,
      synonyms: ['学时数', '申报学时', '课程学时', '课程时长', '时长'],
      type: 'decimal',
      width: 7,
      help: '申报的学时数（网络课程为课程时长，线上专家服务为实际服务学时），可有一位小数。'
    },
    {
      key: 'level',
      header: '级别',
      required: false,
      synonyms: ['项目级别', '奖项级别', '比赛级别', '大赛级别', '课题级别'],
      type: 'code',
      values: labelsOf(LEVELS),
      width: 12,
      help: `课题、奖项、技能大赛的级别：${labelsOf(LEVELS).join('、')}。`
    },
    {
      key: 'role',
      header: '角色',
      required: false,
      synonyms: ['本人角色', '作者类型', '参与角色', '服务方式', '作者身份'],
      type: 'code',
      values: labelsOf(ROLES),
      width: 12,
      help: `课题、著作、论文中的角色，或专家服务方式：${labelsOf(ROLES).join('、')}。`
    },
    { key: 'rank', header: '排名', required: false, synonyms: ['本人排名', '署名排名', '排序', '署名顺序'], type: 'integer', width: 6, help: '专利等的排名，1 为第一。' },
    {
      key: 'grade',
      header: '等次',
      required: false,
      synonyms: ['获奖等次', '奖项等次', '获奖等级', '奖励等级'],
      type: 'code',
      values: labelsOf(GRADES),
      width: 8,
      help: `奖项或大赛的等次：${labelsOf(GRADES).join('、')}。`
    },
    {
      key: 'quantity',
      header: '数量',
      required: false,
      synonyms: ['篇数', '门数', '科目数', '课程门数'],
      type: 'integer',
      width: 6,
      help: '论文篇数、通过的课程门数或考试科目数；不填为 1。'
    },
    {
      key: 'assessment',
      header: '考核结果',
      required: false,
      synonyms: ['考核', '考核情况', '是否合格'],
      type: 'code',
      values: labelsOf(ASSESSMENTS),
      width: 9,
      help: '三援、海外交换等的考核结果：合格 / 不合格。'
    },
    {
      key: 'evidence',
      header: '已提供材料',
      required: false,
      synonyms: ['提供材料', '证明材料', '佐证材料', '材料', '已提交材料'],
      type: 'text',
      width: 36,
      help: '已提供的证明材料名称，用 、 , ， ; ； 分隔，名称见下方「材料名称」。'
    },
    { key: 'remark', header: '备注', required: false, synonyms: ['说明'], type: 'text', width: 20, help: '其他说明。' }
  ]
}

/** The template header text of a column: the name, with `*` when required. */
export const headerText = (column: ColumnDef): string => (column.required ? `${column.header}*` : column.header)

/** The template's help sheet, skipped when a workbook is read. */
export const HELP_SHEET = '填写说明'

/** The header the import adds to the rows in error (and ignores when the file comes back). */
export const ERROR_COLUMN_HEADER = '错误说明'
