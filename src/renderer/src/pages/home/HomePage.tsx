import { useState } from 'react'
import { Alert, Button, Card, Col, Empty, Flex, Row, Skeleton, Statistic, Typography } from 'antd'
import { DownloadOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons'
import type { ImportKind } from '../../../../shared/domain/batch'
import { navigate } from '../../app/router'
import { useYear } from '../../app/yearContext'
import { ImportWizard } from '../../components/import/ImportWizard'
import { TemplateButton } from '../../components/import/TemplateButton'
import { PageHeader } from '../../components/PageHeader'
import { ComplianceChart } from './ComplianceChart'
import { TodoCard } from './TodoCard'
import { useHomeFigures, type HomeFigures } from './useHomeFigures'

function Figures({ f }: { f: HomeFigures }) {
  const cards = [
    { key: 'people', title: '在职人数', value: f.people, suffix: '人' },
    { key: 'compliant', title: '已达标', value: f.compliant, suffix: `人（${(f.rate * 100).toFixed(1)}%）` },
    { key: 'short', title: '未达标', value: f.short, suffix: '人', color: f.short > 0 ? '#cf1322' : undefined, to: 'summary' as const },
    { key: 'pending', title: '待审核申报', value: f.pending, suffix: '条', color: f.pending > 0 ? '#1677ff' : undefined, to: 'review' as const },
    { key: 'returned', title: '已退回申报', value: f.returned, suffix: '条', color: f.returned > 0 ? '#fa8c16' : undefined, to: 'review' as const }
  ]
  return (
    <Row gutter={[16, 16]}>
      {cards.map((c) => (
        <Col key={c.key} flex="1 1 180px">
          <Card size="small" hoverable={Boolean(c.to)} onClick={c.to ? () => navigate(c.to) : undefined} data-testid={`figure-${c.key}`}>
            <Statistic title={c.title} value={c.value} suffix={c.suffix} styles={{ content: { color: c.color } }} />
          </Card>
        </Col>
      ))}
    </Row>
  )
}

/** 工作台: the year at a glance, what is left to do, and where to start. */
export function HomePage() {
  const { year } = useYear()
  const { figures, error, reload } = useHomeFigures(year)
  const [importing, setImporting] = useState<ImportKind | null>(null)

  const actions = (
    <>
      <Button icon={<ImportOutlined />} onClick={() => setImporting('roster')}>
        导入人员名册
      </Button>
      <Button icon={<ImportOutlined />} onClick={() => setImporting('claims')}>
        导入学时申报
      </Button>
    </>
  )

  let body
  if (error) body = <Alert type="error" showIcon title="无法读取本年度数据" description={error} />
  else if (!figures) body = <Skeleton active />
  else if (figures.rosterSize === 0) {
    body = (
      <Card>
        <Empty description={<Typography.Text strong>还没有人员名册</Typography.Text>} style={{ padding: '32px 0' }}>
          <Typography.Paragraph type="secondary">
            第一步：导入单位专业技术人员名册（Excel，可先下载模板填写），或在“人员名册”中逐个添加。之后再导入或录入学时申报。
          </Typography.Paragraph>
          <Flex gap={8} justify="center" wrap>
            <Button type="primary" icon={<ImportOutlined />} onClick={() => setImporting('roster')}>
              导入人员名册
            </Button>
            <Button icon={<PlusOutlined />} onClick={() => navigate('roster')}>
              逐个添加人员
            </Button>
            <TemplateButton kind="roster" />
          </Flex>
        </Empty>
      </Card>
    )
  } else {
    body = (
      <Flex vertical gap={16}>
        <Figures f={figures} />
        <Row gutter={16}>
          <Col xs={24} xl={15}>
            <Card title={`${year} 年度各部门达标率`} size="small">
              {figures.departments.length > 0 ? (
                <div style={{ maxHeight: 460, overflowY: 'auto' }}>
                  <ComplianceChart departments={figures.departments} />
                </div>
              ) : (
                <Empty description="本年度没有在职人员" />
              )}
            </Card>
          </Col>
          <Col xs={24} xl={9}>
            <Flex vertical gap={16}>
              <TodoCard figures={figures} year={year} />
              <Card title="常用操作" size="small">
                <Flex gap={8} wrap>
                  <Button type="primary" onClick={() => navigate('entry')}>
                    录入学时申报
                  </Button>
                  <Button onClick={() => navigate('review')}>审核申报</Button>
                  <Button icon={<DownloadOutlined />} onClick={() => navigate('summary')}>
                    导出年度汇总
                  </Button>
                </Flex>
                {figures.pending === 0 && figures.people > 0 && figures.compliant === 0 && (
                  <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
                    本年度还没有已认定的学时：请导入学时申报或在“学时申报”页录入。
                  </Typography.Paragraph>
                )}
              </Card>
            </Flex>
          </Col>
        </Row>
      </Flex>
    )
  }

  return (
    <>
      <PageHeader title="工作台" subTitle={`${year} 年度`} extra={actions} />
      {body}
      <ImportWizard
        kind={importing ?? 'roster'}
        open={importing !== null}
        onClose={() => setImporting(null)}
        onImported={reload}
      />
    </>
  )
}
