import { Flex, Tabs } from 'antd'
import { PageHeader } from '../../components/PageHeader'
import { AuditLog } from './AuditLog'
import { BackupCard } from './BackupCard'
import { DataFolderCard } from './DataFolderCard'
import { PolicyCard } from './PolicyCard'
import { DeadlineCard } from './DeadlineCard'
import { UnitCard } from './UnitCard'

/** 设置: unit, yearly requirement, backups and the data folder, the audit log. */
export function SettingsPage() {
  return (
    <>
      <PageHeader title="设置" />
      <Tabs
        items={[
          {
            key: 'unit',
            label: '单位与年度要求',
            children: (
              <Flex vertical gap={16}>
                <UnitCard />
                <PolicyCard />
                <DeadlineCard />
              </Flex>
            )
          },
          {
            key: 'data',
            label: '数据与备份',
            children: (
              <Flex vertical gap={16}>
                <BackupCard />
                <DataFolderCard />
              </Flex>
            )
          },
          { key: 'audit', label: '操作日志', children: <AuditLog /> }
        ]}
      />
    </>
  )
}
