import { useCallback, useEffect, useState } from 'react'
import { Alert, App, Button, Card, Descriptions, Flex, Result, Skeleton, Tag } from 'antd'
import dayjs from 'dayjs'
import type { Department, Employee } from '../../../../shared/domain/employee'
import { parseIdNumber } from '../../../../shared/validators/idNumber'
import { api } from '../../api/client'
import { navigate } from '../../app/router'
import { PageHeader } from '../../components/PageHeader'
import { EmployeeFormModal } from './EmployeeFormModal'
import { genderLabel, STATUS_COLOR, statusLabel, titleLevelLabel } from './labels'
import { PersonClaims } from './PersonClaims'
import { RecordExport } from './RecordExport'
import { useEmployeeActions } from './useEmployeeActions'

/** One person (#/roster/<id>): details, claims by year, the multi-year record. */
export function PersonPage({ id }: { id: number }) {
  const { message } = App.useApp()
  const [employee, setEmployee] = useState<Employee | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [editing, setEditing] = useState(false)
  const [departments, setDepartments] = useState<Department[]>([])
  const [claimsKey, setClaimsKey] = useState(0)
  const { remove, restore } = useEmployeeActions(setEmployee)

  const load = useCallback(() => {
    api('roster.get', { id })
      .then((e) => {
        setEmployee(e)
        setError(null)
      })
      .catch((e: Error) => setError(e.message))
  }, [id])
  useEffect(load, [load])

  const openEdit = () => {
    api('roster.departments', {})
      .then(setDepartments)
      .catch((e: Error) => message.error(e.message))
    setEditing(true)
  }

  if (error) {
    return (
      <Result
        status="404"
        title="找不到此人员"
        subTitle={error}
        extra={
          <Button type="primary" onClick={() => navigate('roster')}>
            返回人员名册
          </Button>
        }
      />
    )
  }
  if (!employee) return <Skeleton active />

  const parsed = parseIdNumber(employee.idNumber)
  return (
    <>
      <PageHeader
        title={employee.name}
        subTitle={employee.department}
        onBack={() => navigate('roster')}
        extra={
          employee.deletedAt ? (
            <Button onClick={() => restore(employee)}>恢复</Button>
          ) : (
            <>
              <Button onClick={openEdit}>编辑</Button>
              <Button danger onClick={() => remove(employee)}>
                删除
              </Button>
            </>
          )
        }
      />
      {employee.deletedAt && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`此人员已于 ${dayjs(employee.deletedAt).format('YYYY-MM-DD')} 从名册中删除，学时记录仍保留。`}
        />
      )}
      <Flex vertical gap={16}>
        <Card size="small" title="基本信息">
          <Descriptions
            size="small"
            column={3}
            items={[
              { key: 'id', label: '身份证号', children: <span style={{ fontFamily: 'monospace' }}>{employee.idNumber}</span> },
              { key: 'gender', label: '性别', children: genderLabel(employee.gender) || '—' },
              { key: 'birth', label: '出生日期', children: parsed.ok ? parsed.birthDate : '—' },
              { key: 'dept', label: '部门', children: employee.department || '—' },
              { key: 'title', label: '专业技术职务', children: employee.title ?? '—' },
              { key: 'level', label: '职称级别', children: titleLevelLabel(employee.titleLevel) || '—' },
              { key: 'phone', label: '手机号码', children: employee.phone ?? '—' },
              { key: 'status', label: '人员状态', children: <Tag color={STATUS_COLOR[employee.status]}>{statusLabel(employee.status)}</Tag> },
              { key: 'updated', label: '最近修改', children: dayjs(employee.updatedAt).format('YYYY-MM-DD HH:mm') }
            ]}
          />
        </Card>
        <Card size="small" title="多年度学时认定单（PDF）">
          <RecordExport employeeId={employee.id} name={employee.name} />
        </Card>
        <PersonClaims employeeId={employee.id} reloadKey={claimsKey} />
      </Flex>
      <EmployeeFormModal
        open={editing}
        employee={employee}
        departments={departments}
        onClose={() => setEditing(false)}
        onSaved={(e) => {
          setEditing(false)
          setEmployee(e)
          setClaimsKey((k) => k + 1)
        }}
      />
    </>
  )
}
