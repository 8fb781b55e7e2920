import type { ScreenProps } from '../../app/screens'
import { PersonPage } from './PersonPage'
import { RosterList } from './RosterList'

/** #/roster → the list; #/roster/<id> → one person. */
export function RosterPage({ params }: ScreenProps) {
  const id = Number(params[0])
  return Number.isInteger(id) && id > 0 ? <PersonPage key={id} id={id} /> : <RosterList />
}
