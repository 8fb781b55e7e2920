import { cloneElement, useEffect, useState, type MouseEventHandler, type ReactElement, type ReactNode } from 'react'
import { Tooltip } from 'antd'

/** antd's default: a tooltip opens after the pointer has rested on its child this long. */
const ENTER_DELAY_MS = 100

interface Hoverable {
  onMouseEnter?: MouseEventHandler
  onMouseLeave?: MouseEventHandler
}

/**
 * antd's Tooltip on hover, mounted only when first wanted: until then the child renders alone,
 * so a table page of tags updates without a tooltip trigger per cell (its state, effects and
 * render each time). The first hover opens it after antd's delay, later ones are antd's own.
 */
export function HoverTooltip({ title, children }: { title: ReactNode; children: ReactElement<Hoverable> }) {
  const [hover, setHover] = useState<'no' | 'resting' | 'wanted'>('no')
  useEffect(() => {
    if (hover !== 'resting') return
    const timer = window.setTimeout(() => setHover('wanted'), ENTER_DELAY_MS)
    return () => window.clearTimeout(timer)
  }, [hover])

  if (hover === 'wanted') {
    return (
      <Tooltip title={title} defaultOpen>
        {children}
      </Tooltip>
    )
  }
  return cloneElement(children, { onMouseEnter: () => setHover('resting'), onMouseLeave: () => setHover('no') })
}
