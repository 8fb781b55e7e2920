import type { RosterColumn } from './columns'

/**
 * The roster example on the template's 填写说明 sheet, written as an officer fills the data
 * sheet. The claim examples come from the rules engine (exampleFor), one per kind.
 */
export type ExampleRow<K extends string> = Partial<Record<K, string | number>>

const ID = '430102199003071234'
const NAME = '张三'

export const ROSTER_EXAMPLE: ExampleRow<RosterColumn> = {
  name: NAME,
  idNumber: ID,
  gender: '男',
  department: '心内科',
  title: '主治医师',
  titleLevel: '中级',
  phone: '13800138000',
  status: '在职'
}
