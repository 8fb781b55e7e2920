import { ROUTES, type RouteKey } from './router'

export interface Shortcut {
  keys: string[]
  action: string
}

export interface ShortcutGroup {
  title: string
  /** The screen the keys work on; none for global keys. */
  route?: RouteKey
  items: Shortcut[]
}

/** Every keyboard shortcut, for the header's popover and the help screen. */
export const SHORTCUT_GROUPS: ShortcutGroup[] = [
  {
    title: '全局',
    items: [
      { keys: ['Alt', '1 – 8'], action: `切换页面（${ROUTES.map((r) => r.label).join('、')}）` },
      { keys: ['?'], action: '显示或隐藏本快捷键列表' }
    ]
  },
  {
    title: '审核',
    route: 'review',
    items: [
      { keys: ['↑', '↓'], action: '上一条 / 下一条' },
      { keys: ['J', 'K'], action: '下一条 / 上一条' },
      { keys: ['A'], action: '通过' },
      { keys: ['R'], action: '退回（填写原因）' },
      { keys: ['X'], action: '不予认定（填写原因）' },
      { keys: ['空格'], action: '选择或取消选择当前行' },
      { keys: ['Ctrl', 'Z'], action: '撤销上一次审核操作' }
    ]
  },
  {
    title: '人员名册',
    route: 'roster',
    items: [{ keys: ['/'], action: '定位到搜索框' }]
  }
]

/** True when the key press is meant for a text field, not for a shortcut. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

/** The groups with the current screen's keys first, then the global ones, then the rest. */
export function groupsFor(route?: RouteKey): ShortcutGroup[] {
  const rank = (g: ShortcutGroup) => (g.route === route && route ? 0 : g.route === undefined ? 1 : 2)
  return [...SHORTCUT_GROUPS].sort((a, b) => rank(a) - rank(b))
}
