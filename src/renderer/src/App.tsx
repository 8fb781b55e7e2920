import { useMemo, useState } from 'react'
import { App as AntApp, ConfigProvider } from 'antd'
import zhCN from 'antd/locale/zh_CN'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { YearContext } from './app/yearContext'
import { AppShell } from './app/AppShell'

dayjs.locale('zh-cn')

const YEAR_KEY = 'xueshi.year'

function initialYear(): number {
  const saved = Number(window.localStorage.getItem(YEAR_KEY))
  return Number.isInteger(saved) && saved >= 2000 && saved <= 2100 ? saved : new Date().getFullYear()
}

export function App() {
  const [year, setYearState] = useState(initialYear)
  const yearState = useMemo(
    () => ({
      year,
      setYear: (y: number) => {
        window.localStorage.setItem(YEAR_KEY, String(y))
        setYearState(y)
      }
    }),
    [year]
  )
  return (
    <ConfigProvider locale={zhCN} componentSize="middle" theme={{ token: { fontFamily: "'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif" } }}>
      <AntApp>
        <YearContext.Provider value={yearState}>
          <AppShell />
        </YearContext.Provider>
      </AntApp>
    </ConfigProvider>
  )
}
