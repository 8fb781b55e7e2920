import { useEffect, useState } from 'react'
import { App, AutoComplete, Col, Form, Input, Modal, Row, Select } from 'antd'
import dayjs from 'dayjs'
import { EMPLOYEE_STATUSES, GENDERS, TITLE_LEVELS } from '../../../../shared/domain/employee'
import type { Department, Employee, EmployeeInput } from '../../../../shared/domain/employee'
import { parseIdNumber } from '../../../../shared/validators/idNumber'
import { api, ApiError } from '../../api/client'
import { optionsOf } from './labels'

interface Props {
  open: boolean
  /** The person being edited; undefined to add a new one. */
  employee?: Employee
  departments: Department[]
  onClose: () => void
  onSaved: (employee: Employee) => void
}

type Values = EmployeeInput

const GENDER_OF: Record<'男' | '女', 'male' | 'female'> = { 男: 'male', 女: 'female' }

/** Add or edit one person; the ID number is checked as it is typed. */
export function EmployeeFormModal({ open, employee, departments, onClose, onSaved }: Props) {
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    if (!open) return
    form.resetFields()
    if (employee) {
      form.setFieldsValue({
        idNumber: employee.idNumber,
        name: employee.name,
        department: employee.department,
        gender: employee.gender,
        title: employee.title,
        titleLevel: employee.titleLevel,
        phone: employee.phone,
        status: employee.status
      })
    } else form.setFieldsValue({ status: 'active' })
  }, [open, employee, form])

  const onIdChange = (value: string) => {
    const parsed = parseIdNumber(value, dayjs().format('YYYY-MM-DD'))
    if (parsed.ok) form.setFieldValue('gender', GENDER_OF[parsed.gender])
  }

  const save = async () => {
    let values: Values
    try {
      values = await form.validateFields()
    } catch {
      return
    }
    setSaving(true)
    try {
      const input = { ...values, title: values.title || null, phone: values.phone || null }
      const saved = employee ? await api('roster.edit', { id: employee.id, employee: input }) : await api('roster.add', input)
      message.success(employee ? `已保存「${saved.name}」` : `已添加「${saved.name}」`)
      onSaved(saved)
    } catch (e) {
      const field = e instanceof ApiError ? (e.error.details as { field?: string } | undefined)?.field : undefined
      if (field && field in form.getFieldsValue()) form.setFields([{ name: field as keyof Values, errors: [(e as Error).message] }])
      else message.error((e as Error).message)
    } finally {
      setSaving(false)
    }
  }

  return (
    <Modal
      open={open}
      title={employee ? `编辑人员：${employee.name}` : '添加人员'}
      okText="保存"
      onOk={() => void save()}
      confirmLoading={saving}
      onCancel={onClose}
      width={640}
      forceRender
    >
      <Form form={form} layout="vertical" requiredMark autoComplete="off" onFinish={() => void save()}>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="idNumber"
              label="身份证号"
              hasFeedback
              rules={[
                { required: true, message: '请填写身份证号' },
                {
                  validator: (_rule, value: string | undefined) => {
                    if (!value) return Promise.resolve()
                    const parsed = parseIdNumber(value, dayjs().format('YYYY-MM-DD'))
                    return parsed.ok ? Promise.resolve() : Promise.reject(new Error(parsed.message))
                  }
                }
              ]}
            >
              <Input maxLength={20} placeholder="18 位身份证号码" onChange={(e) => onIdChange(e.target.value)} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="name" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写姓名' }, { max: 50, message: '姓名不能超过 50 字' }]}>
              <Input placeholder="姓名" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="department" label="部门" rules={[{ required: true, whitespace: true, message: '请填写部门' }, { max: 100, message: '部门名称不能超过 100 字' }]}>
              <AutoComplete
                options={departments.map((d) => ({ value: d.name }))}
                placeholder="选择或输入新部门"
                filterOption={(input, option) => (option?.value ?? '').includes(input)}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="gender"
              label="性别"
              tooltip="按身份证号自动填写"
              dependencies={['idNumber']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_rule, value: string | null | undefined) => {
                    const parsed = parseIdNumber(String(getFieldValue('idNumber') ?? ''))
                    if (!value || !parsed.ok || GENDER_OF[parsed.gender] === value) return Promise.resolve()
                    return Promise.reject(new Error('性别与身份证号所示性别不一致'))
                  }
                })
              ]}
            >
              <Select allowClear options={optionsOf(GENDERS)} placeholder="按身份证号推算" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="title" label="专业技术职务" rules={[{ max: 100, message: '不能超过 100 字' }]}>
              <Input placeholder="如：主治医师、工程师" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="titleLevel" label="职称级别">
              <Select allowClear options={optionsOf(TITLE_LEVELS)} placeholder="正高级 / 副高级 / 中级 / 初级" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="phone" label="手机号码" rules={[{ pattern: /^[0-9+\-() ]{5,20}$/, message: '请填写有效的电话号码' }]}>
              <Input placeholder="可不填" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="status" label="人员状态">
              <Select options={optionsOf(EMPLOYEE_STATUSES)} />
            </Form.Item>
          </Col>
        </Row>
        <button type="submit" hidden />
      </Form>
    </Modal>
  )
}
