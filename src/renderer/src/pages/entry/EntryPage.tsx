import { Alert, App, Button, Popconfirm, Segmented, Space, Typography } from 'antd'
import { DownloadOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Employee } from '../../../../shared/domain/employee'
import { api } from '../../api/client'
import { saveFile } from '../../api/files'
import type { ScreenProps } from '../../app/screens'
import { errorText } from '../../components/data/errorText'
import { useElementHeight } from '../../components/data/useElementHeight'
import type { CellHandlers } from './EntryCell'
import { EntryDetail } from './EntryDetail'
import { EntryGrid, type GridRef } from './EntryGrid'
import type { EntryColumnKey } from './entryColumns'
import { planPaste } from './pasteTsv'
import { failedIndex, saveRows } from './saveRows'
import { useEntryRows } from './useEntryRows'
import { useRowChecks, type RowState } from './useRowChecks'

type View = 'all' | 'error' | 'valid'

const isTyping = (el: EventTarget | null): boolean =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))

/** 学时申报: a grid to type or paste claims into, checked row by row, saved in one go. */
export function EntryPage(_props: ScreenProps) {
  const { message, modal } = App.useApp()
  const [{ rows }, dispatch] = useEntryRows()
  const { checks, rememberPerson } = useRowChecks(rows)
  const [selectedKey, setSelectedKey] = useState<number | null>(null)
  const [view, setView] = useState<View>('all')
  const [saving, setSaving] = useState(false)
  const [saveError, setSaveError] = useState<string | null>(null)
  const { ref: gridBox, height: gridHeight } = useElementHeight<HTMLDivElement>(480)
  const tableRef = useRef<GridRef>(null)
  const rowsRef = useRef(rows)
  useEffect(() => {
    rowsRef.current = rows
  })

  const counts = useMemo(() => {
    const c: Record<RowState, number> = { blank: 0, checking: 0, error: 0, valid: 0 }
    for (const check of checks.values()) c[check.state]++
    return c
  }, [checks])
  const indexOf = useMemo(() => new Map(rows.map((r, i) => [r.key, i])), [rows])
  const shown = useMemo(
    () => (view === 'all' ? rows : rows.filter((r) => checks.get(r.key)?.state === view)),
    [rows, checks, view]
  )

  const pasteText = useCallback(
    (text: string, at: number | 'end', startColumn: number) => {
      const plan = planPaste(text, startColumn)
      if (plan.rows.length === 0) return
      dispatch({ type: 'paste', at: plan.headerDetected ? 'end' : at, rows: plan.rows })
      setView('all')
      message.success(`已粘贴 ${plan.rows.length} 行${plan.headerDetected ? '（已按表头对应列）' : ''}，正在逐行检查`)
      if (plan.ignoredHeaders.length) message.warning(`以下列不属于申报模板，已忽略：${plan.ignoredHeaders.join('、')}`)
    },
    [dispatch, message]
  )

  const handlers = useMemo<CellHandlers>(
    () => ({
      change: (key: number, column: EntryColumnKey, value: string) => dispatch({ type: 'setCell', key, column, value }),
      pick: (key: number, employee: Employee) => {
        rememberPerson(employee)
        dispatch({ type: 'setCells', key, cells: { idNumber: employee.idNumber, name: employee.name } })
      },
      paste: (rowIndex: number, columnIndex: number, text: string) => pasteText(text, rowIndex, columnIndex),
      move: (rowIndex: number, columnIndex: number, delta: number) => {
        const target = rowIndex + delta
        if (target < 0) return
        if (target >= rowsRef.current.length) dispatch({ type: 'add', count: 1 })
        const focus = (retry: boolean) => {
          const input = document.querySelector<HTMLInputElement>(`[data-cell="${target}:${columnIndex}"] input`)
          if (input) input.focus()
          else if (retry) {
            tableRef.current?.scrollTo?.({ index: target })
            window.requestAnimationFrame(() => focus(false))
          }
        }
        window.requestAnimationFrame(() => focus(true))
      },
      focusRow: (key: number) => setSelectedKey(key)
    }),
    [dispatch, pasteText, rememberPerson]
  )
  const removeRow = useCallback((key: number) => dispatch({ type: 'remove', keys: [key] }), [dispatch])

  const save = async () => {
    const valid = rows.flatMap((row) => {
      const input = checks.get(row.key)?.input
      return input ? [{ row, input }] : []
    })
    if (valid.length === 0) return
    setSaving(true)
    setSaveError(null)
    try {
      const outcome = await saveRows(valid)
      dispatch({ type: 'remove', keys: outcome.savedKeys })
      const left = counts.error
      message.success(`已保存 ${outcome.savedKeys.length} 条申报（待审核）${left ? `；${left} 行有错误，仍留在表格中` : ''}`)
      // Open the first row still in error, so what to fix is in view.
      setSelectedKey(rows.find((r) => checks.get(r.key)?.state === 'error')?.key ?? null)
      if (outcome.attachmentProblems.length) {
        modal.warning({
          title: '申报已保存，但部分附件未能添加',
          content: (
            <ul style={{ paddingLeft: 18 }}>
              {outcome.attachmentProblems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )
        })
      }
    } catch (e) {
      const index = failedIndex(e)
      const row = index === undefined ? undefined : valid[index]?.row
      if (row) setSelectedKey(row.key)
      setSaveError(`没有保存任何行：${errorText(e)}`)
    } finally {
      setSaving(false)
    }
  }
  const saveRef = useRef(save)
  useEffect(() => {
    saveRef.current = save
  })

  useEffect(() => {
    // Rows pasted with nothing focused go to the end; Ctrl+S saves.
    const onPaste = (e: ClipboardEvent) => {
      if (isTyping(e.target) || document.querySelector('.ant-modal-wrap')) return
      const text = e.clipboardData?.getData('text/plain')
      if (!text) return
      e.preventDefault()
      pasteText(text, 'end', 0)
    }
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault()
        void saveRef.current()
      }
    }
    document.addEventListener('paste', onPaste)
    window.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('paste', onPaste)
      window.removeEventListener('keydown', onKey)
    }
  }, [pasteText])

  const downloadTemplate = async () => {
    try {
      await saveFile(await api('import.template', { kind: 'claims' }))
    } catch (e) {
      message.error(errorText(e))
    }
  }

  const selected = rows.find((r) => r.key === selectedKey)
  const filled = rows.length - counts.blank
  return (
    <div style={{ height: '100%', display: 'flex', flexDirection: 'column', gap: 8, minHeight: 520 }}>
      <style>{'.entry-row-selected > td { background: #e6f4ff !important; }'}</style>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Space wrap>
          <Button
            type="primary"
            icon={<SaveOutlined />}
            loading={saving}
            disabled={counts.valid === 0 || counts.checking > 0}
            onClick={() => void save()}
            data-testid="save-valid"
          >
            保存所有有效行{counts.valid ? `（${counts.valid}）` : ''}
          </Button>
          <Button icon={<PlusOutlined />} onClick={() => dispatch({ type: 'add', count: 10 })}>
            添加 10 行
          </Button>
          <Popconfirm title="清空表格中的所有行？未保存的内容将丢失。" okText="清空" cancelText="取消" onConfirm={() => dispatch({ type: 'clear' })}>
            <Button disabled={filled === 0}>清空</Button>
          </Popconfirm>
          <Button icon={<DownloadOutlined />} onClick={() => void downloadTemplate()}>
            下载申报模板
          </Button>
        </Space>
        <Space wrap>
          <Typography.Text type="secondary" data-testid="entry-counts">
            已填 {filled} 行：有效 {counts.valid} · 有错误 {counts.error}
            {counts.checking ? ` · 检查中 ${counts.checking}` : ''}
          </Typography.Text>
          <Segmented<View>
            size="small"
            value={view}
            onChange={setView}
            options={[
              { value: 'all', label: '全部' },
              { value: 'error', label: `有错误 ${counts.error}` },
              { value: 'valid', label: `有效 ${counts.valid}` }
            ]}
          />
        </Space>
      </Space>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        从 Excel 选中多行（可连同表头）复制，点击表格中的单元格后按 Ctrl+V 粘贴；每行随输入自动核算学时。输入姓名或身份证号可从名册中选择人员。Ctrl+S 保存所有有效行，有错误的行会留在表格中。
      </Typography.Text>
      {saveError && <Alert type="error" showIcon closable title={saveError} onClose={() => setSaveError(null)} />}
      <div style={{ flex: 1, minHeight: 0, display: 'flex', gap: 12 }}>
        <div ref={gridBox} style={{ flex: 1, minWidth: 0 }} data-testid="entry-grid">
          <EntryGrid
            rows={shown}
            indexOf={indexOf}
            checks={checks}
            selectedKey={selectedKey}
            handlers={handlers}
            onRemove={removeRow}
            height={gridHeight - 40}
            tableRef={tableRef}
          />
        </div>
        <div style={{ width: 380, flexShrink: 0, overflow: 'auto' }}>
          <EntryDetail
            row={selected}
            rowNumber={selected ? (indexOf.get(selected.key) ?? 0) + 1 : 0}
            check={selected ? checks.get(selected.key) : undefined}
            dispatch={dispatch}
          />
        </div>
      </div>
    </div>
  )
}
