import { Flex, Typography } from 'antd'
import { RightOutlined } from '@ant-design/icons'

export interface ProcedureStep {
  title: string
  content: string
}

const badge = {
  flex: 'none',
  width: 24,
  height: 24,
  borderRadius: 12,
  background: '#1677ff',
  color: '#fff',
  fontSize: 13,
  lineHeight: '24px',
  textAlign: 'center' as const
}

function Step({ step, index }: { step: ProcedureStep; index: number }) {
  return (
    <Flex gap={10} align="flex-start" style={{ flex: 1, minWidth: 0 }}>
      <span style={badge}>{index + 1}</span>
      <div>
        <Typography.Text strong>{step.title}</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ margin: '2px 0 0' }}>
          {step.content}
        </Typography.Paragraph>
      </div>
    </Flex>
  )
}

/** A numbered procedure: every step alike (a way of working, not progress). */
export function Procedure({ steps, horizontal = false }: { steps: ProcedureStep[]; horizontal?: boolean }) {
  if (!horizontal) {
    return (
      <Flex vertical gap={14}>
        {steps.map((s, i) => (
          <Step key={s.title} step={s} index={i} />
        ))}
      </Flex>
    )
  }
  return (
    <Flex gap={8} align="flex-start">
      {steps.flatMap((s, i) => [
        ...(i > 0 ? [<RightOutlined key={`arrow-${s.title}`} style={{ color: '#bfbfbf', marginTop: 6 }} />] : []),
        <Step key={s.title} step={s} index={i} />
      ])}
    </Flex>
  )
}
