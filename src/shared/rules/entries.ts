/**
 * Object.entries for the rule tables' partial records, keeping the key type: Object.entries
 * widens keys to string, though a table keyed by Role only ever has Role keys.
 */
export function entriesOf<K extends string, V>(record: Partial<Record<K, V>>): [K, V][] {
  return Object.entries(record).filter((entry): entry is [K, V] => entry[1] !== undefined)
}
