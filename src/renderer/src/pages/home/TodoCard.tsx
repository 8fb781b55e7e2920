import { Card, List, Typography } from 'antd'
import { AuditOutlined, CheckCircleOutlined, ClockCircleOutlined, RollbackOutlined, WarningOutlined } from '@ant-design/icons'
import dayjs from 'dayjs'
import type { ReactNode } from 'react'
import { navigate, type RouteKey } from '../../app/router'
import type { HomeFigures } from './useHomeFigures'

interface Todo {
  key: string
  icon: ReactNode
  text: string
  action: string
  to: RouteKey
}

/** What is left to do this year, each with a link to the screen that does it. */
export function TodoCard({ figures, year }: { figures: HomeFigures; year: number }) {
  const todos: Todo[] = []
  if (figures.deadline) {
    const days = dayjs(figures.deadline).startOf('day').diff(dayjs().startOf('day'), 'day')
    todos.push({
      key: 'deadline',
      icon: <ClockCircleOutlined style={{ color: days < 0 ? '#cf1322' : days <= 14 ? '#fa8c16' : '#1677ff' }} />,
      text: `年度核认截止日期 ${figures.deadline}（${days > 0 ? `还剩 ${days} 天` : days === 0 ? '就是今天' : `已过 ${-days} 天`}）`,
      action: '查看年度汇总',
      to: 'summary'
    })
  }
  if (figures.pending > 0) {
    todos.push({
      key: 'pending',
      icon: <AuditOutlined style={{ color: '#1677ff' }} />,
      text: `${figures.pending.toLocaleString('zh-CN')} 条申报待审核`,
      action: '去审核',
      to: 'review'
    })
  }
  if (figures.returned > 0) {
    todos.push({
      key: 'returned',
      icon: <RollbackOutlined style={{ color: '#fa8c16' }} />,
      text: `${figures.returned.toLocaleString('zh-CN')} 条申报已退回，等待本人补充材料`,
      action: '查看',
      to: 'review'
    })
  }
  if (figures.short > 0) {
    todos.push({
      key: 'short',
      icon: <WarningOutlined style={{ color: '#cf1322' }} />,
      text: `${figures.short.toLocaleString('zh-CN')} 人 ${year} 年度学时未达标`,
      action: '查看年度汇总',
      to: 'summary'
    })
  }
  return (
    <Card title="待办事项" size="small">
      {todos.length === 0 ? (
        <Typography.Paragraph type="secondary" style={{ margin: '12px 0' }}>
          <CheckCircleOutlined style={{ color: '#52c41a' }} /> {year} 年度暂无待办。
          {figures.people > 0 ? '可在“年度汇总”导出年度核认表。' : ''}
        </Typography.Paragraph>
      ) : (
        <List
          size="small"
          dataSource={todos}
          renderItem={(t) => (
            <List.Item
              actions={[
                <Typography.Link key="go" onClick={() => navigate(t.to)}>
                  {t.action}
                </Typography.Link>
              ]}
            >
              <List.Item.Meta avatar={t.icon} title={t.text} />
            </List.Item>
          )}
        />
      )}
    </Card>
  )
}
