import { useEffect, useMemo, useRef } from 'react'
import * as echarts from 'echarts/core'
import { BarChart } from 'echarts/charts'
import { GridComponent, TooltipComponent } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'
import type { DepartmentSummary } from '../../../../shared/domain/summary'

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer])

const BAR_ROW = 28

/** Compliance rate by department as horizontal bars, lowest first: where to chase. */
export function ComplianceChart({ departments }: { departments: DepartmentSummary[] }) {
  const ref = useRef<HTMLDivElement>(null)
  const sorted = useMemo(
    () => [...departments].sort((a, b) => a.rate - b.rate || a.department.localeCompare(b.department, 'zh-CN')),
    [departments]
  )
  const height = Math.max(200, sorted.length * BAR_ROW + 40)

  useEffect(() => {
    const el = ref.current
    if (!el) return
    const chart = echarts.init(el, undefined, { renderer: 'canvas' })
    const observer = new ResizeObserver(() => chart.resize())
    observer.observe(el)
    return () => {
      observer.disconnect()
      chart.dispose()
    }
  }, [])

  useEffect(() => {
    const el = ref.current
    const chart = el ? echarts.getInstanceByDom(el) : undefined
    if (!chart) return
    chart.resize()
    chart.setOption(
      {
        grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
        tooltip: {
          trigger: 'axis',
          axisPointer: { type: 'shadow' },
          formatter: (params: unknown) => {
            const p = (params as { dataIndex: number }[])[0]
            const d = p ? sorted[p.dataIndex] : undefined
            return d ? `${d.department}<br/>达标 ${d.compliant} / ${d.people} 人（${(d.rate * 100).toFixed(1)}%）` : ''
          }
        },
        xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
        yAxis: { type: 'category', data: sorted.map((d) => d.department || '（未分部门）'), inverse: true, axisTick: { show: false } },
        series: [
          {
            type: 'bar',
            barMaxWidth: 18,
            data: sorted.map((d) => ({
              value: Math.round(d.rate * 1000) / 10,
              itemStyle: { color: d.rate >= 1 ? '#52c41a' : d.rate >= 0.6 ? '#1677ff' : '#fa8c16' }
            })),
            label: { show: true, position: 'right', formatter: '{c}%' }
          }
        ]
      },
      true
    )
  }, [sorted, height])

  return <div ref={ref} style={{ width: '100%', height }} role="img" aria-label="各部门达标率" />
}
