import { Fragment } from 'react'
import { Typography } from 'antd'
import type { RouteKey } from '../app/router'
import { groupsFor, type ShortcutGroup } from '../app/shortcuts'

const keyStyle = {
  display: 'inline-block',
  minWidth: 22,
  padding: '0 6px',
  border: '1px solid #d9d9d9',
  borderBottomWidth: 2,
  borderRadius: 4,
  background: '#fafafa',
  fontSize: 12,
  lineHeight: '20px',
  textAlign: 'center' as const
}

/** The keyboard shortcuts, grouped by screen; the current screen's group first (or just `groups`). */
export function ShortcutList({ route, groups }: { route?: RouteKey; groups?: ShortcutGroup[] }) {
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 16, rowGap: 6, alignItems: 'center' }}>
      {(groups ?? groupsFor(route)).map((group) => (
        <Fragment key={group.title}>
          <Typography.Text strong style={{ gridColumn: '1 / -1', marginTop: 6 }}>
            {group.title}
          </Typography.Text>
          {group.items.map((s) => (
            <Fragment key={s.action}>
              <span style={{ display: 'flex', gap: 4 }}>
                {s.keys.map((k) => (
                  <kbd key={k} style={keyStyle}>
                    {k}
                  </kbd>
                ))}
              </span>
              <Typography.Text>{s.action}</Typography.Text>
            </Fragment>
          ))}
        </Fragment>
      ))}
    </div>
  )
}
