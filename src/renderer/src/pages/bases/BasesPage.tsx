import { useEffect, useState } from 'react'
import { Alert, App, Button, Card, Empty, Table, Typography } from 'antd'
import { ExportOutlined } from '@ant-design/icons'
import type { NationalBase } from '../../../../shared/reference/bases'
import { api, isDesktop } from '../../api/client'
import { useYear } from '../../app/yearContext'
import { PageHeader } from '../../components/PageHeader'

const urlOf = (platform: string) => `https://${platform}`

function PlatformLink({ platform }: { platform: string }) {
  const { message } = App.useApp()
  if (!isDesktop()) {
    return (
      <a href={urlOf(platform)} target="_blank" rel="noreferrer">
        {platform} <ExportOutlined />
      </a>
    )
  }
  const open = () =>
    api('files.openExternal', { url: urlOf(platform) })
      .then((r) => !r.opened && message.warning('未能打开浏览器，请手动访问该网址'))
      .catch((e: Error) => message.error(e.message))
  return (
    <Button type="link" size="small" style={{ padding: 0 }} onClick={() => void open()}>
      {platform} <ExportOutlined />
    </Button>
  )
}

/** 国家级专业技术人员继续教育基地 valid in the chosen year, with their online platforms. */
export function BasesPage() {
  const { year } = useYear()
  const [bases, setBases] = useState<NationalBase[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    api('bases.list', { year })
      .then((b) => {
        if (!live) return
        setBases(b)
        setError(null)
      })
      .catch((e: Error) => live && setError(e.message))
    return () => {
      live = false
    }
  }, [year])

  return (
    <>
      <PageHeader title="国家级继续教育基地" subTitle={`${year} 年有效名单`} />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Card size="small">
        <Typography.Paragraph type="secondary">
          在以下基地网络平台学习的网络课程，申报时“平台”填写其网址或基地名称，程序会标注为国家级继续教育基地课程。名单按年度公布，以当年文件为准。
        </Typography.Paragraph>
        <Table<NationalBase>
          size="small"
          bordered
          rowKey="name"
          loading={bases === null && !error}
          dataSource={bases ?? []}
          pagination={false}
          locale={{
            emptyText: (
              <Empty description={`没有 ${year} 年的基地名单。程序目前收录 2026 年名单；请在页面顶部切换年度，或以当年正式文件为准。`} />
            )
          }}
          columns={[
            { title: '序号', key: 'no', width: 64, render: (_: unknown, _b, i) => i + 1 },
            { title: '基地名称', dataIndex: 'name', width: 200 },
            { title: '网络平台网址', dataIndex: 'platform', render: (p: string) => <PlatformLink platform={p} /> },
            { title: '联系人', dataIndex: 'contact', width: 120 },
            { title: '联系电话', dataIndex: 'phone', width: 160 }
          ]}
        />
      </Card>
    </>
  )
}
