import type { MenuItemConstructorOptions } from 'electron'

export interface MenuActions {
  backupNow(): void
  openDataFolder(): void
  about(): void
}

/** The Chinese application menu; roles give the platform's own editing behaviour. */
export function menuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  return [
    {
      label: '文件',
      submenu: [
        { label: '立即备份', click: actions.backupNow },
        { label: '打开数据文件夹', click: actions.openDataFolder },
        { type: 'separator' },
        { label: '退出', role: 'quit' }
      ]
    },
    {
      label: '编辑',
      submenu: [
        { label: '撤销', role: 'undo' },
        { label: '重做', role: 'redo' },
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' }
      ]
    },
    {
      label: '视图',
      submenu: [
        { label: '重新加载', role: 'reload' },
        { label: '实际大小', role: 'resetZoom' },
        { label: '放大', role: 'zoomIn' },
        { label: '缩小', role: 'zoomOut' },
        { type: 'separator' },
        { label: '全屏', role: 'togglefullscreen' }
      ]
    },
    { label: '帮助', submenu: [{ label: '关于学时核认助手', click: actions.about }] }
  ]
}
