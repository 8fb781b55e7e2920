import { AutoComplete } from 'antd'
import { useEffect, useRef, useState } from 'react'
import type { Employee } from '../../../../shared/domain/employee'
import { api } from '../../api/client'

const SEARCH_DELAY_MS = 250
/** Option values are marked so a chosen person is never taken for typed text. */
const OPTION_PREFIX = '\u0001person:'
const optionValue = (id: number): string => `${OPTION_PREFIX}${id}`

interface Props {
  value: string
  onChange(text: string): void
  /** A person chosen from the roster. */
  onPick(employee: Employee): void
  placeholder?: string
  status?: 'error' | 'warning'
  onFocus?: () => void
  variant?: 'borderless' | 'outlined'
  style?: React.CSSProperties
}

/** Picks a person by name or ID number with completion from the roster (roster.list search). */
export function PersonPicker(props: Props) {
  const [options, setOptions] = useState<Employee[]>([])
  const timer = useRef<number | undefined>(undefined)
  useEffect(() => () => window.clearTimeout(timer.current), [])

  const search = (text: string) => {
    window.clearTimeout(timer.current)
    const query = text.trim()
    if (!query) {
      setOptions([])
      return
    }
    timer.current = window.setTimeout(() => {
      api('roster.list', { search: query, limit: 12 }).then(
        (page) => setOptions(page.rows),
        () => setOptions([])
      )
    }, SEARCH_DELAY_MS)
  }

  return (
    <AutoComplete
      value={props.value}
      size="small"
      variant={props.variant ?? 'borderless'}
      status={props.status}
      style={{ width: '100%', ...props.style }}
      placeholder={props.placeholder}
      popupMatchSelectWidth={360}
      options={options.map((e) => ({
        value: optionValue(e.id),
        label: (
          <span>
            {e.name}
            <span style={{ color: '#888', marginLeft: 12 }}>{e.idNumber}</span>
            <span style={{ color: '#888', marginLeft: 12 }}>{e.department}</span>
          </span>
        )
      }))}
      onSearch={search}
      onChange={(text: string) => {
        // Selecting an option fires onChange with its value (the id) before onSelect: ignore it.
        if (!text.startsWith(OPTION_PREFIX)) props.onChange(text)
      }}
      onSelect={(id: string) => {
        const e = options.find((o) => optionValue(o.id) === id)
        if (e) props.onPick(e)
      }}
      onFocus={props.onFocus}
    />
  )
}
