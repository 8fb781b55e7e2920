import { useEffect, useState } from 'react'
import { Button, DatePicker, Flex, Layout, Popover, Tooltip, Typography } from 'antd'
import { BankOutlined, QuestionCircleOutlined, UserOutlined } from '@ant-design/icons'
import dayjs from 'dayjs'
import { ShortcutList } from '../components/ShortcutList'
import { navigate, ROUTES, type RouteKey } from './router'
import { isTyping } from './shortcuts'
import { useUnitSettings } from './unitSettings'
import { useYear } from './yearContext'

const APP_NAME = '学时核认助手'

/** The bar above every screen: the unit, the officer, the year every screen follows, shortcuts. */
export function HeaderBar({ route }: { route: RouteKey }) {
  const { year, setYear } = useYear()
  const settings = useUnitSettings()
  const [shortcutsOpen, setShortcutsOpen] = useState(false)
  const unitName = settings?.unitName.trim() ?? ''

  useEffect(() => {
    document.title = `${APP_NAME} — ${unitName || '未设置单位名称'} ${year}年度`
  }, [unitName, year])

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target)) return
      if (e.altKey && !e.ctrlKey && !e.metaKey && /^Digit[1-8]$/.test(e.code)) {
        const target = ROUTES[Number(e.code.slice(5)) - 1]
        if (target) {
          e.preventDefault()
          navigate(target.key)
        }
      } else if (e.key === '?' && !e.ctrlKey && !e.altKey) {
        setShortcutsOpen((open) => !open)
      } else if (e.key === 'Escape') {
        setShortcutsOpen(false)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  return (
    <Layout.Header
      style={{ background: '#fff', padding: '0 8px 0 4px', height: 56, lineHeight: '56px', borderBottom: '1px solid #f0f0f0' }}
    >
      <Flex align="center" justify="space-between" gap={16} style={{ height: '100%' }}>
        <Tooltip title={unitName ? '单位名称（在“设置”中修改）' : '尚未设置单位名称，点击前往设置'} placement="bottomLeft">
          <Button
            type="text"
            icon={<BankOutlined />}
            onClick={() => navigate('settings')}
            data-testid="header-unit"
            style={{ fontSize: 15, fontWeight: 600, color: unitName ? undefined : '#fa8c16' }}
          >
            {unitName || '未设置单位名称'}
          </Button>
        </Tooltip>
        <Flex align="center" gap={16}>
          {settings?.officerName && (
            <Typography.Text type="secondary">
              <UserOutlined /> 经办人：{settings.officerName}
            </Typography.Text>
          )}
          <Flex align="center" gap={6}>
            <Typography.Text type="secondary">年度</Typography.Text>
            <DatePicker
              picker="year"
              allowClear={false}
              value={dayjs(`${year}-01-01`)}
              onChange={(d) => d && setYear(d.year())}
              disabledDate={(d) => d.year() < 2000 || d.year() > 2100}
              format="YYYY年"
              style={{ width: 110 }}
              aria-label="年度"
              data-testid="header-year"
            />
          </Flex>
          <Popover
            title="键盘快捷键"
            content={<ShortcutList route={route} />}
            trigger="click"
            placement="bottomRight"
            open={shortcutsOpen}
            onOpenChange={setShortcutsOpen}
          >
            <Button icon={<QuestionCircleOutlined />}>快捷键</Button>
          </Popover>
        </Flex>
      </Flex>
    </Layout.Header>
  )
}
