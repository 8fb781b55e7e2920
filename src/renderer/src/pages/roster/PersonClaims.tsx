import { useEffect, useMemo, useState } from 'react'
import { Alert, Card, Collapse, Empty, Flex, Table, Tag, Typography } from 'antd'
import { CLAIM_STATUSES } from '../../../../shared/domain/claimRecord'
import type { ClaimRecord, ClaimStatus } from '../../../../shared/domain/claimRecord'
import { formatHours } from '../../../../shared/hours'
import { categoryLabel, kindLabel } from '../../../../shared/vocabulary'
import { api } from '../../api/client'

const STATUS_COLOR: Record<ClaimStatus, string> = { pending: 'gold', approved: 'green', returned: 'orange', rejected: 'red' }
const statusLabel = (s: ClaimStatus) => CLAIM_STATUSES.find((x) => x.id === s)?.label ?? s
/** A person has tens of claims, not thousands; read them all, page by page, up to a sane cap. */
const PAGE = 1000
const MAX_PAGES = 10

async function loadAll(employeeId: number): Promise<ClaimRecord[]> {
  const all: ClaimRecord[] = []
  for (let p = 0; p < MAX_PAGES; p++) {
    const page = await api('claims.list', { employeeId, offset: p * PAGE, limit: PAGE })
    all.push(...page.rows)
    if (all.length >= page.total || page.rows.length === 0) break
  }
  return all
}

function approvedTotals(claims: ClaimRecord[]) {
  let pub = 0
  let pro = 0
  for (const c of claims) {
    if (c.status !== 'approved') continue
    if (c.category === 'public') pub += c.hours
    else pro += c.hours
  }
  return { pub, pro }
}

/** A person's claims, one panel per year, with the approved hours of each year. */
export function PersonClaims({ employeeId, reloadKey }: { employeeId: number; reloadKey: number }) {
  const [claims, setClaims] = useState<ClaimRecord[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    loadAll(employeeId)
      .then((c) => live && setClaims(c))
      .catch((e: Error) => live && setError(e.message))
    return () => {
      live = false
    }
  }, [employeeId, reloadKey])

  const byYear = useMemo(() => {
    const map = new Map<number, ClaimRecord[]>()
    for (const c of claims ?? []) map.set(c.year, [...(map.get(c.year) ?? []), c])
    return [...map.entries()].sort((a, b) => b[0] - a[0])
  }, [claims])

  return (
    <Card title="学时申报（按年度）" size="small" loading={claims === null && !error}>
      {error && <Alert type="error" showIcon title={error} />}
      {claims && claims.length === 0 && <Empty description="此人还没有学时申报。可在“学时申报”页录入，或导入学时申报表。" />}
      {byYear.length > 0 && (
        <Collapse
          defaultActiveKey={byYear.slice(0, 1).map(([y]) => String(y))}
          items={byYear.map(([year, list]) => {
            const t = approvedTotals(list)
            const pending = list.filter((c) => c.status === 'pending').length
            return {
              key: String(year),
              label: (
                <Flex gap={16} wrap>
                  <Typography.Text strong>{year} 年度</Typography.Text>
                  <Typography.Text type="secondary">{list.length} 条申报</Typography.Text>
                  <Typography.Text>
                    已认定：公需 {formatHours(t.pub)}，专业 {formatHours(t.pro)}，合计 {formatHours(t.pub + t.pro)} 学时
                  </Typography.Text>
                  {pending > 0 && <Tag color="gold">{pending} 条待审核</Tag>}
                </Flex>
              ),
              children: (
                <Table<ClaimRecord>
                  size="small"
                  rowKey="id"
                  dataSource={list}
                  pagination={false}
                  columns={[
                    { title: '形式', dataIndex: 'kind', width: 110, render: (k: ClaimRecord['kind']) => kindLabel(k) },
                    { title: '项目名称', dataIndex: 'title', ellipsis: true },
                    { title: '科目', dataIndex: 'category', width: 90, render: (c: ClaimRecord['category']) => categoryLabel(c) },
                    { title: '学时', dataIndex: 'hours', width: 70, align: 'right', render: (h: number) => formatHours(h) },
                    {
                      title: '状态',
                      dataIndex: 'status',
                      width: 90,
                      render: (s: ClaimStatus) => <Tag color={STATUS_COLOR[s]}>{statusLabel(s)}</Tag>
                    },
                    { title: '折算说明', dataIndex: 'explanation', ellipsis: true }
                  ]}
                />
              )
            }
          })}
        />
      )}
    </Card>
  )
}
