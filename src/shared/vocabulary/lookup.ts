import { KINDS, type KindId } from './kinds'
import { ASSESSMENTS, CATEGORIES, GRADES, LEVELS, ROLES } from './fields'
import type { Assessment, Category, Grade, Level, Role } from './fields'
import { EVIDENCE, type EvidenceName } from './evidence'
import { halfWidthNoSpaces } from '../text'

/**
 * Folds what users type into a comparable key: full-width ASCII to half-width, every kind of
 * space removed, brackets unified. Used for labels, synonyms and header names alike.
 */
export function foldText(text: string): string {
  return halfWidthNoSpaces(text)
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .toLowerCase()
}

/** A vocabulary entry: its id, the label users see, and the other words they type for it. */
export interface VocabularyEntry<T extends string> {
  id: T
  label: string
  synonyms: readonly string[]
}

function indexBy<T extends string>(entries: readonly VocabularyEntry<T>[]): Map<string, T> {
  const map = new Map<string, T>()
  for (const e of entries) {
    for (const text of [e.id, e.label, ...e.synonyms]) map.set(foldText(text), e.id)
  }
  return map
}

function labeller<T extends string>(entries: readonly VocabularyEntry<T>[]): (id: T) => string {
  const map = new Map<string, string>(entries.map((e) => [e.id, e.label]))
  return (id) => map.get(id) ?? id
}

const kindIndex = indexBy<KindId>(KINDS)
const categoryIndex = indexBy<Category>(CATEGORIES)
const levelIndex = indexBy<Level>(LEVELS)
const roleIndex = indexBy<Role>(ROLES)
const gradeIndex = indexBy<Grade>(GRADES)
const assessmentIndex = indexBy<Assessment>(ASSESSMENTS)
const evidenceIndex = indexBy<EvidenceName>(EVIDENCE.map((e) => ({ id: e.name, label: e.name, synonyms: e.synonyms })))

/**
 * The text as typed is tried first: the keys are folded already and folding is idempotent, so a
 * hit is exactly what folding would find, and most cells are typed as the template lists them.
 */
const lookup = <T extends string>(index: Map<string, T>, text: string): T | undefined => index.get(text) ?? index.get(foldText(text))

/** Text → id by id, label or synonym, as typed or folded: a parser for any vocabulary. */
export function vocabularyParser<T extends string>(entries: readonly VocabularyEntry<T>[]): (text: string) => T | undefined {
  const index = indexBy(entries)
  return (text) => lookup(index, text)
}

/** Each parse returns the id, or undefined when the text is not in the vocabulary. */
export const parseKind = (text: string): KindId | undefined => lookup(kindIndex, text)
export const parseCategory = (text: string): Category | undefined => lookup(categoryIndex, text)
export const parseLevel = (text: string): Level | undefined => lookup(levelIndex, text)
export const parseRole = (text: string): Role | undefined => lookup(roleIndex, text)
export const parseGrade = (text: string): Grade | undefined => lookup(gradeIndex, text)
export const parseAssessment = (text: string): Assessment | undefined => lookup(assessmentIndex, text)
export const parseEvidenceName = (text: string): EvidenceName | undefined => lookup(evidenceIndex, text)

/** Splits 已提供材料 on 、 , ， ; ； (and line breaks) into names, keeping unknown ones apart. */
export function parseEvidenceList(text: string): { names: EvidenceName[]; unknown: string[] } {
  const names: EvidenceName[] = []
  const unknown: string[] = []
  for (const part of text.split(/[、,，;；\n\r]+/)) {
    const trimmed = part.trim()
    if (!trimmed) continue
    const name = parseEvidenceName(trimmed)
    if (name) {
      if (!names.includes(name)) names.push(name)
    } else unknown.push(trimmed)
  }
  return { names, unknown }
}

export const kindLabel = labeller<KindId>(KINDS)
export const categoryLabel = labeller<Category>(CATEGORIES)
export const levelLabel = labeller<Level>(LEVELS)
export const roleLabel = labeller<Role>(ROLES)
export const gradeLabel = labeller<Grade>(GRADES)
export const assessmentLabel = labeller<Assessment>(ASSESSMENTS)

/** The labels of a vocabulary, as an error lists what may be written. */
export const labelsOf = (entries: readonly { label: string }[]): string[] => entries.map((e) => e.label)
