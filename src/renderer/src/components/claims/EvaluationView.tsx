import { Descriptions, Space, Tag, Typography } from 'antd'
import type { RuleWarning } from '../../../../shared/domain/claim'
import type { Category } from '../../../../shared/vocabulary'
import { categoryLabel } from '../../../../shared/vocabulary'
import { hoursText } from './labels'
import { WarningList } from './WarningList'

export interface EvaluationShown {
  hours: number
  category: Category
  clause: string
  explanation: string
  countsInYear: number | null
  yearMet: readonly number[]
  needsManualHours: boolean
  warnings: readonly RuleWarning[]
}

/** What the rules made of a claim: hours, the clause, the explanation, the warnings. */
export function EvaluationView({ evaluation, extra }: { evaluation: EvaluationShown; extra?: React.ReactNode }) {
  const e = evaluation
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
      <Descriptions size="small" column={2} bordered styles={{ label: { whiteSpace: 'nowrap' } }}>
        <Descriptions.Item label="折算学时">
          <Typography.Text strong data-testid="evaluation-hours">
            {hoursText(e.hours)}
          </Typography.Text>
          {extra}
        </Descriptions.Item>
        <Descriptions.Item label="科目类别">{categoryLabel(e.category)}</Descriptions.Item>
        <Descriptions.Item label="依据条款">{e.clause}</Descriptions.Item>
        <Descriptions.Item label="计入年度">{e.countsInYear ?? '未定'}</Descriptions.Item>
        <Descriptions.Item label="折算说明" span={2}>
          <span data-testid="evaluation-explanation">{e.explanation}</span>
          {e.yearMet.length > 0 && (
            <Tag color="gold" style={{ marginLeft: 8 }}>
              视为完成 {e.yearMet.join('、')} 年度 90 学时
            </Tag>
          )}
          {e.needsManualHours && (
            <Tag color="orange" style={{ marginLeft: 8 }}>
              需人工认定学时
            </Tag>
          )}
        </Descriptions.Item>
      </Descriptions>
      <WarningList warnings={e.warnings} />
    </Space>
  )
}
