import { Button, Popover, Typography } from 'antd'
import { QuestionCircleOutlined } from '@ant-design/icons'

const KEYS: [string, string][] = [
  ['↓ / J', '下一条'],
  ['↑ / K', '上一条'],
  ['A', '审核通过'],
  ['R', '退回（填写原因）'],
  ['X', '不予认定（填写原因）'],
  ['空格', '选中 / 取消选中'],
  ['Ctrl+Z', '撤销上一个审核决定']
]

/** The queue's keys, listed where the officer looks for them. */
export function ShortcutHelp() {
  return (
    <Popover
      title="审核快捷键"
      content={
        <table style={{ fontSize: 13 }}>
          <tbody>
            {KEYS.map(([key, what]) => (
              <tr key={key}>
                <td style={{ paddingRight: 16 }}>
                  <Typography.Text keyboard>{key}</Typography.Text>
                </td>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <Button size="small" type="text" icon={<QuestionCircleOutlined />}>
        快捷键
      </Button>
    </Popover>
  )
}
