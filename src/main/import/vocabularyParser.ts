import { foldText } from '../../shared/vocabulary'

interface VocabularyEntry<T extends string> {
  id: T
  label: string
  synonyms: readonly string[]
}

/**
 * Text → id by id, label or synonym (folded), for the roster's small vocabularies. The text as
 * typed is tried first (keys are folded, folding is idempotent): most cells match as listed.
 */
export function vocabularyParser<T extends string>(entries: readonly VocabularyEntry<T>[]): (text: string) => T | undefined {
  const index = new Map<string, T>()
  for (const entry of entries) for (const text of [entry.id, entry.label, ...entry.synonyms]) index.set(foldText(text), entry.id)
  return (text) => index.get(text) ?? index.get(foldText(text))
}

export const labelsOf = (entries: readonly { label: string }[]): string[] => entries.map((e) => e.label)
