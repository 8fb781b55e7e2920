import { Modal, Result, Table, Typography } from 'antd'
import type { BatchApproval } from '../../../../shared/domain/review'

/** What 全部通过 did: how many were approved, and each one left pending with the reason. */
export function BatchResultModal({ result, year, onClose }: { result: BatchApproval | null; year: number; onClose(): void }) {
  return (
    <Modal open={result !== null} title={`${year} 年度待审核申报批量通过`} footer={null} onCancel={onClose} width={720} destroyOnHidden>
      {result && (
        <>
          <Result
            status={result.notApproved.length ? 'warning' : 'success'}
            title={`已通过 ${result.approved.length} 条`}
            subTitle={result.notApproved.length ? `${result.notApproved.length} 条未通过，仍为待审核：` : '所有待审核申报均已通过。'}
            style={{ padding: '8px 0' }}
          />
          {result.notApproved.length > 0 && (
            <Table
              className="not-approved"
              size="small"
              rowKey="id"
              dataSource={result.notApproved}
              pagination={{ pageSize: 8, size: 'small', hideOnSinglePage: true }}
              columns={[
                { key: 'id', title: '申报编号', dataIndex: 'id', width: 90, render: (id: number) => `#${id}` },
                { key: 'reason', title: '未通过原因', dataIndex: 'reason', render: (r: string) => <Typography.Text>{r}</Typography.Text> }
              ]}
            />
          )}
        </>
      )}
    </Modal>
  )
}
