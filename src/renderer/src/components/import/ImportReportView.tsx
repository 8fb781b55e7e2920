import { Alert, Button, Col, Row, Statistic, Table, Typography } from 'antd'
import { DownloadOutlined } from '@ant-design/icons'
import type { ImportIssue, ImportReport } from '../../../../shared/domain/importReport'
import { saveFile } from '../../api/files'

/** Counts, the error list (row / column / message) and warnings of an import or its dry run. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const refused = report.errors.length > 0
  const verb = report.dryRun ? '将' : '已'
  return (
    <>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={5}>
          <Statistic title="读取行数" value={report.rows} />
        </Col>
        <Col span={5}>
          <Statistic title={`${verb}新增`} value={refused ? 0 : report.added} />
        </Col>
        <Col span={5}>
          <Statistic title={`${verb}更新`} value={refused ? 0 : report.updated} />
        </Col>
        <Col span={5}>
          <Statistic title="无变化" value={refused ? 0 : report.unchanged} />
        </Col>
        <Col span={4}>
          <Statistic title="错误" value={report.errors.length} styles={{ content: { color: refused ? '#cf1322' : undefined } }} />
        </Col>
      </Row>
      {refused ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={`文件有 ${report.errors.length} 处错误，整个文件未导入`}
          description="请在 Excel 中按下表修正后重新选择文件。错误说明文件在原表后加了“错误说明”列，便于逐行修改。"
          action={
            report.errorsFile && (
              <Button size="small" icon={<DownloadOutlined />} onClick={() => report.errorsFile && void saveFile(report.errorsFile)}>
                下载错误说明
              </Button>
            )
          }
        />
      ) : (
        report.dryRun && (
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 12 }}
            title="检查通过，可以导入"
            description={`确认后将新增 ${report.added} 条、更新 ${report.updated} 条；导入的整批可在“导入记录”中撤销。`}
          />
        )
      )}
      {refused && (
        <Table<ImportIssue>
          size="small"
          rowKey={(r) => `${r.row}-${r.column}-${r.message}`}
          dataSource={report.errors}
          pagination={{ pageSize: 8, size: 'small', showSizeChanger: false, showTotal: (n) => `共 ${n} 处` }}
          columns={[
            { title: '行', dataIndex: 'row', width: 64 },
            { title: '列', dataIndex: 'column', width: 120 },
            { title: '问题', dataIndex: 'message' }
          ]}
        />
      )}
      {report.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          title={`提示 ${report.warnings.length} 条（不影响导入）`}
          description={
            <ul style={{ margin: 0, paddingLeft: 18, maxHeight: 160, overflow: 'auto' }}>
              {report.warnings.slice(0, 100).map((w, i) => (
                <li key={i}>
                  <Typography.Text>{w.row ? `第 ${w.row} 行：` : ''}{w.message}</Typography.Text>
                </li>
              ))}
            </ul>
          }
        />
      )}
    </>
  )
}
