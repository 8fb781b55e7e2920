import { Alert, Space } from 'antd'
import type { RuleWarning } from '../../../../shared/domain/claim'

/** The rules' warnings; the national-base note is information, not a problem. */
export function WarningList({ warnings }: { warnings: readonly RuleWarning[] }) {
  if (warnings.length === 0) return null
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      {warnings.map((w, i) => (
        <Alert key={`${w.code}-${i}`} type={w.code === 'nationalBase' ? 'info' : 'warning'} showIcon title={w.message} style={{ padding: '4px 8px' }} />
      ))}
    </Space>
  )
}
