import type { ReactNode } from 'react'
import { Button, Flex, Typography } from 'antd'
import { ArrowLeftOutlined } from '@ant-design/icons'

interface Props {
  title: ReactNode
  subTitle?: ReactNode
  /** Buttons on the right. */
  extra?: ReactNode
  onBack?: () => void
}

/** The title line of a screen (antd's former PageHeader): title, a secondary line, actions. */
export function PageHeader({ title, subTitle, extra, onBack }: Props) {
  return (
    <Flex align="center" justify="space-between" wrap gap={12} style={{ marginBottom: 16 }}>
      <Flex align="baseline" gap={12} style={{ minWidth: 0 }}>
        {onBack && <Button type="text" icon={<ArrowLeftOutlined />} onClick={onBack} aria-label="返回" />}
        <Typography.Title level={4} style={{ margin: 0, whiteSpace: 'nowrap' }}>
          {title}
        </Typography.Title>
        {subTitle && (
          <Typography.Text type="secondary" data-testid="page-subtitle">
            {subTitle}
          </Typography.Text>
        )}
      </Flex>
      {extra && (
        <Flex gap={8} wrap>
          {extra}
        </Flex>
      )}
    </Flex>
  )
}
