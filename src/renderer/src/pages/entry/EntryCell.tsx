import { AutoComplete, Input } from 'antd'
import { memo } from 'react'
import type { Employee } from '../../../../shared/domain/employee'
import { PersonPicker } from '../../components/claims/PersonPicker'
import type { EntryColumn } from './entryColumns'

export interface CellHandlers {
  change(rowKey: number, column: EntryColumn['key'], value: string): void
  pick(rowKey: number, employee: Employee): void
  /** Multi-cell text pasted into the cell at (row, column). */
  paste(rowIndex: number, columnIndex: number, text: string): void
  /** Keyboard move to the cell `delta` rows away. */
  move(rowIndex: number, columnIndex: number, delta: number): void
  focusRow(rowKey: number): void
}

interface Props {
  rowKey: number
  rowIndex: number
  columnIndex: number
  column: EntryColumn
  value: string
  error?: string
  handlers: CellHandlers
}

/** Pasted text spanning cells: a tab, or a line break before the end. */
const isMultiCell = (text: string): boolean => /[\t\n\r]/.test(text.replace(/[\r\n]+$/, ''))

/** One cell of the entry grid: a light input; memoised so typing re-renders only this cell. */
export const EntryCell = memo(function EntryCell({ rowKey, rowIndex, columnIndex, column, value, error, handlers }: Props) {
  const plain = !column.options && column.key !== 'idNumber' && column.key !== 'name'
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (!plain || e.nativeEvent.isComposing) return
    if (e.key === 'Enter' || e.key === 'ArrowDown') {
      e.preventDefault()
      handlers.move(rowIndex, columnIndex, 1)
    } else if (e.key === 'ArrowUp') {
      e.preventDefault()
      handlers.move(rowIndex, columnIndex, -1)
    }
  }
  const onPaste = (e: React.ClipboardEvent) => {
    const text = e.clipboardData.getData('text/plain')
    if (!isMultiCell(text)) return
    e.preventDefault()
    handlers.paste(rowIndex, columnIndex, text)
  }
  const change = (v: string) => handlers.change(rowKey, column.key, v)
  const status = error ? ('error' as const) : undefined
  let input: React.ReactNode
  if (column.key === 'idNumber' || column.key === 'name') {
    input = (
      <PersonPicker
        value={value}
        onChange={change}
        onPick={(employee) => handlers.pick(rowKey, employee)}
        status={status}
        placeholder={column.key === 'name' ? '姓名' : '身份证号'}
      />
    )
  } else if (column.options) {
    const typed = value.trim()
    input = (
      <AutoComplete
        value={value}
        size="small"
        variant="borderless"
        status={status}
        style={{ width: '100%' }}
        popupMatchSelectWidth={false}
        options={column.options.filter((o) => !typed || column.options?.includes(typed) || o.includes(typed)).map((o) => ({ value: o }))}
        onChange={change}
      />
    )
  } else {
    input = <Input value={value} size="small" variant="borderless" status={status} onChange={(e) => change(e.target.value)} />
  }
  return (
    <div
      data-cell={`${rowIndex}:${columnIndex}`}
      title={error}
      onKeyDown={onKeyDown}
      onPaste={onPaste}
      onFocus={() => handlers.focusRow(rowKey)}
      style={{ background: error ? '#fff1f0' : undefined, margin: '-4px -6px', padding: '0 2px' }}
    >
      {input}
    </div>
  )
})
