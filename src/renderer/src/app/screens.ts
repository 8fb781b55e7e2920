import type { ComponentType } from 'react'
import type { RouteKey } from './router'
import { HomePage } from '../pages/home/HomePage'
import { RosterPage } from '../pages/roster/RosterPage'
import { EntryPage } from '../pages/entry/EntryPage'
import { ReviewPage } from '../pages/review/ReviewPage'
import { SummaryPage } from '../pages/summary/SummaryPage'
import { BasesPage } from '../pages/bases/BasesPage'
import { SettingsPage } from '../pages/settings/SettingsPage'
import { HelpPage } from '../pages/help/HelpPage'

export interface ScreenProps {
  /** Path segments after the screen key, e.g. an employee id. */
  params: string[]
}

export const screens: Record<RouteKey, ComponentType<ScreenProps>> = {
  home: HomePage,
  roster: RosterPage,
  entry: EntryPage,
  review: ReviewPage,
  summary: SummaryPage,
  bases: BasesPage,
  settings: SettingsPage,
  help: HelpPage
}
