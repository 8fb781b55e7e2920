import { useEffect, useState } from 'react'

/** Screens, addressed by the URL hash so a reload stays on the same screen. */
export const ROUTES = [
  { key: 'home', label: '工作台' },
  { key: 'roster', label: '人员名册' },
  { key: 'entry', label: '学时申报' },
  { key: 'review', label: '审核' },
  { key: 'summary', label: '年度汇总' },
  { key: 'bases', label: '国家级继续教育基地' },
  { key: 'settings', label: '设置' },
  { key: 'help', label: '帮助' }
] as const

export type RouteKey = (typeof ROUTES)[number]['key']

export interface Route {
  key: RouteKey
  /** Extra path after the screen, e.g. #/roster/123 → ['123']. */
  params: string[]
}

function parseHash(hash: string): Route {
  const [first, ...params] = hash.replace(/^#\/?/, '').split('/').filter(Boolean)
  const known = ROUTES.find((r) => r.key === first)
  return { key: known ? known.key : 'home', params }
}

export function navigate(key: RouteKey, ...params: (string | number)[]): void {
  window.location.hash = `#/${[key, ...params].join('/')}`
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash))
  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return route
}
