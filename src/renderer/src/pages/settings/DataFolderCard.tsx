import { useEffect, useState } from 'react'
import { Alert, App, Button, Card, Descriptions, Typography } from 'antd'
import { FolderOpenOutlined } from '@ant-design/icons'
import type { AppInfo } from '../../../../shared/contract/files'
import { api, isDesktop } from '../../api/client'

/** Where the data lives (and a warning when that is a network drive), with 打开数据文件夹. */
export function DataFolderCard() {
  const { message } = App.useApp()
  const [info, setInfo] = useState<AppInfo | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    api('app.info', {})
      .then(setInfo)
      .catch((e: Error) => setError(e.message))
  }, [])

  const open = () =>
    api('files.openDataFolder', {})
      .then((r) => !r.opened && message.warning('未能打开数据文件夹'))
      .catch((e: Error) => message.error(e.message))

  return (
    <Card
      title="数据文件夹"
      size="small"
      loading={!info && !error}
      extra={
        isDesktop() && (
          <Button icon={<FolderOpenOutlined />} onClick={() => void open()}>
            打开数据文件夹
          </Button>
        )
      }
    >
      {error && <Alert type="error" showIcon title={error} />}
      {info?.networkWarning && <Alert type="warning" showIcon title={info.networkWarning} style={{ marginBottom: 12 }} />}
      {info && (
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'dir', label: '数据文件夹', children: <Typography.Text copyable>{info.dataDir}</Typography.Text> },
            { key: 'db', label: '数据库文件', children: <Typography.Text copyable>{info.dbPath}</Typography.Text> },
            { key: 'mode', label: '运行方式', children: info.mode === 'desktop' ? '桌面程序' : '浏览器模式（本机 127.0.0.1）' },
            { key: 'version', label: '程序版本', children: info.version }
          ]}
        />
      )}
      {info && !isDesktop() && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          浏览器模式下无法直接打开文件夹，请在文件管理器中打开上面的路径。
        </Typography.Paragraph>
      )}
    </Card>
  )
}
