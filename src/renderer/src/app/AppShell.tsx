import { Layout, Menu, Typography } from 'antd'
import {
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  DashboardOutlined,
  EditOutlined,
  QuestionCircleOutlined,
  SettingOutlined,
  TeamOutlined
} from '@ant-design/icons'
import type { ReactNode } from 'react'
import { ErrorBoundary } from '../components/ErrorBoundary'
import { navigate, ROUTES, useRoute, type RouteKey } from './router'
import { HeaderBar } from './HeaderBar'
import { screens } from './screens'

const ICONS: Record<RouteKey, ReactNode> = {
  home: <DashboardOutlined />,
  roster: <TeamOutlined />,
  entry: <EditOutlined />,
  review: <AuditOutlined />,
  summary: <BarChartOutlined />,
  bases: <BankOutlined />,
  settings: <SettingOutlined />,
  help: <QuestionCircleOutlined />
}

export function AppShell() {
  const route = useRoute()
  const Screen = screens[route.key]
  return (
    <Layout style={{ height: '100vh' }}>
      <Layout.Sider width={208} theme="dark" breakpoint="lg" collapsedWidth={64}>
        <div style={{ height: 56, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
          <Typography.Text strong style={{ color: '#fff', fontSize: 16 }}>
            学时核认助手
          </Typography.Text>
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[route.key]}
          items={ROUTES.map((r) => ({ key: r.key, icon: ICONS[r.key], label: r.label }))}
          onClick={({ key }) => navigate(key as RouteKey)}
        />
      </Layout.Sider>
      <Layout>
        <HeaderBar route={route.key} />
        <Layout.Content style={{ padding: 16, overflow: 'auto' }}>
          <ErrorBoundary resetKey={route.key}>
            <Screen params={route.params} />
          </ErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  )
}
