import { Button, Popover } from 'antd'
import { QuestionCircleOutlined } from '@ant-design/icons'
import { ShortcutList } from '../../components/ShortcutList'
import { SHORTCUT_GROUPS } from '../../app/shortcuts'

// The one list of keys (app/shortcuts.ts) serves the header, 帮助 and this button alike.
const reviewOnly = SHORTCUT_GROUPS.filter((g) => g.route === 'review')

/** The queue's keys, listed where the officer looks for them. */
export function ShortcutHelp() {
  return (
    <Popover title="审核快捷键" content={<ShortcutList groups={reviewOnly} />}>
      <Button size="small" type="text" icon={<QuestionCircleOutlined />}>
        快捷键
      </Button>
    </Popover>
  )
}
