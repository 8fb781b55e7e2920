import { Alert, App, Button, Card, Empty, List, Space, Typography, Upload } from 'antd'
import { InboxOutlined, PaperClipOutlined } from '@ant-design/icons'
import { useState } from 'react'
import type { EvidenceName } from '../../../../shared/vocabulary'
import { parseEvidenceList } from '../../../../shared/vocabulary'
import { sendFile } from '../../api/files'
import { EvaluationView } from '../../components/claims/EvaluationView'
import { EvidenceChecklist } from '../../components/claims/EvidenceChecklist'
import { errorText } from '../../components/data/errorText'
import { ENTRY_COLUMNS } from './entryColumns'
import { parseEntryRow, type EntryRow } from './entryRow'
import type { EntryAction } from './useEntryRows'
import type { RowCheck } from './useRowChecks'

interface Props {
  row: EntryRow | undefined
  rowNumber: number
  check: RowCheck | undefined
  dispatch: React.Dispatch<EntryAction>
}

/** Ticks or unticks one evidence name in the row's 已提供材料 text, keeping what it cannot read. */
function toggledEvidence(text: string, name: EvidenceName, provided: boolean): string {
  const { names, unknown } = parseEvidenceList(text)
  const next = provided ? (names.includes(name) ? names : [...names, name]) : names.filter((n) => n !== name)
  return [...next, ...unknown].join('、')
}

/** The selected row in full: person, errors, the rules' answer, the evidence checklist, files. */
export function EntryDetail({ row, rowNumber, check, dispatch }: Props) {
  const { message } = App.useApp()
  const [sending, setSending] = useState(0)
  if (!row || !check) {
    return (
      <Card size="small" title="行详情">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="点击表格中的一行，查看折算结果、材料清单并添加附件" />
      </Card>
    )
  }
  const parsed = parseEntryRow(row.cells)
  const kind = parsed.facts?.kind
  const errors = Object.entries(check.errors).map(([key, text]) => `${ENTRY_COLUMNS.find((c) => c.key === key)?.header ?? key}：${text}`)
  if (check.rowError) errors.push(check.rowError)

  const attach = async (file: File) => {
    setSending((n) => n + 1)
    try {
      const ref = await sendFile(file)
      dispatch({ type: 'attach', key: row.key, file: { fileId: ref.fileId, name: ref.name || file.name } })
    } catch (e) {
      message.error(errorText(e))
    } finally {
      setSending((n) => n - 1)
    }
  }

  return (
    <Card size="small" title={`第 ${rowNumber} 行`} styles={{ body: { display: 'flex', flexDirection: 'column', gap: 10 } }} data-testid="entry-detail">
      {check.employee ? (
        <Typography.Text>
          {check.employee.name}
          <Typography.Text type="secondary" style={{ marginLeft: 12 }}>{check.employee.department || '未分配部门'}</Typography.Text>
        </Typography.Text>
      ) : null}
      {errors.length > 0 && (
        <Alert
          type="error"
          showIcon
          title="这一行不能保存"
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          }
        />
      )}
      {check.state === 'checking' && <Typography.Text type="secondary">正在检查…</Typography.Text>}
      {check.evaluation && <EvaluationView evaluation={check.evaluation} />}
      {kind && (
        <EvidenceChecklist
          kind={kind}
          evidence={parsed.facts?.evidence ?? []}
          onToggle={(name, provided) =>
            dispatch({ type: 'setCell', key: row.key, column: 'evidence', value: toggledEvidence(row.cells.evidence, name, provided) })
          }
        />
      )}
      <div>
        <Typography.Text strong style={{ fontSize: 13 }}>
          附件
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 8 }}>
          保存后附到该申报
        </Typography.Text>
        {row.attachments.length > 0 && (
          <List
            size="small"
            dataSource={[...row.attachments]}
            renderItem={(f) => (
              <List.Item
                actions={[
                  <Button key="remove" type="link" size="small" danger onClick={() => dispatch({ type: 'detach', key: row.key, fileId: f.fileId })}>
                    移除
                  </Button>
                ]}
              >
                <Space size={4}>
                  <PaperClipOutlined />
                  <Typography.Text ellipsis style={{ maxWidth: 230 }}>
                    {f.name}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        )}
        <Upload.Dragger
          multiple
          showUploadList={false}
          beforeUpload={(file) => {
            void attach(file)
            return false
          }}
          style={{ marginTop: 6 }}
        >
          <p style={{ margin: 0 }}>
            <InboxOutlined style={{ fontSize: 20, color: '#1677ff' }} /> {sending > 0 ? '正在上传…' : '将证明材料拖到此处，或点击选择'}
          </p>
        </Upload.Dragger>
      </div>
    </Card>
  )
}
