import type { DraftMedia, DraftReference } from '../questions/types'
import { escapeCell, listItems, splitFirst, splitLast, unescapeCell } from './cellText'
import { fractionToPercent, percentToFraction, roundFraction } from './numbers'

/** Cell codecs of the CSV format, both ways (FORMATS.md documents each). Readers return a string when the cell is wrong. */

/** `Anatomy > Upper limb` ⇄ ['Anatomy', 'Upper limb']. */
export const readPath = (cell: string) => listItems(cell, '>').map(unescapeCell)
export const writePath = (path: readonly string[]) => path.map((name) => escapeCell(name, '>')).join(' > ')

/** `anatomy; exam 2025` ⇄ ['anatomy', 'exam 2025']. */
export const readTags = (cell: string) => listItems(cell, ';').map(unescapeCell)
export const writeTags = (tags: readonly string[]) => tags.map((tag) => escapeCell(tag, ';')).join('; ')

/** `Gray's Anatomy, p. 12 <https://…> || NICE NG39` ⇄ references. */
export function readReferences(cell: string): DraftReference[] {
  return listItems(cell, '||').map((item) => {
    const match = /^(.*?)\s*<([^<>\s]+)>$/s.exec(item)
    const citation = unescapeCell(match ? match[1] : item).trim()
    return match ? { citation, url: match[2] } : { citation }
  })
}
export const writeReferences = (refs: readonly DraftReference[]) =>
  refs.map((r) => escapeCell(r.citation, '|<') + (r.url === undefined ? '' : ` <${r.url}>`)).join(' || ')

/** `A: text || C: text` ⇄ [['a', 'text'], ['c', 'text']] (option feedback, options beyond column H). */
export function readKeyed(cell: string): [string, string][] | string {
  const pairs: [string, string][] = []
  for (const item of listItems(cell, '||')) {
    const [key, text] = splitFirst(item, ':')
    if (text === undefined) return `"${unescapeCell(item)}" should look like "B: text".`
    pairs.push([unescapeCell(key).trim().toLowerCase(), unescapeCell(text).trim()])
  }
  return pairs
}
export const writeKeyed = (pairs: readonly [string, string][]) => pairs.map(([key, text]) => `${key}: ${escapeCell(text, '|')}`).join(' || ')

/** `B=50%; D=-100%` (or `B=0.5`) ⇄ weights of options whose weight is not the default. */
export function readScores(cell: string): Map<string, number> | string {
  const scores = new Map<string, number>()
  for (const item of listItems(cell, ';')) {
    const match = /^([a-z]+)\s*[=:]\s*(-?\d*\.?\d+)\s*(%?)$/i.exec(item)
    if (!match) return `Score "${item}" should look like "B=50%" or "B=0.5".`
    scores.set(match[1].toLowerCase(), match[3] ? (percentToFraction(match[2]) ?? 0) : roundFraction(Number(match[2])))
  }
  return scores
}
export const writeScores = (scores: readonly [string, number][]) => scores.map(([key, f]) => `${key.toUpperCase()}=${fractionToPercent(f)}%`).join('; ')

/** Accepted answers: `%50%Cat # What is it with cats? || Frog` (weight default 100 %, feedback after "#"). */
export type WeightedEntry = { text: string; fraction: number; feedback?: string }
export function readWeighted(cell: string): WeightedEntry[] {
  return listItems(cell, '||').map((item) => {
    const weight = /^%\s*(-?\d*\.?\d+)\s*%/.exec(item)
    const [text, feedback] = splitFirst(weight ? item.slice(weight[0].length) : item, '#')
    const note = feedback === undefined ? '' : unescapeCell(feedback).trim()
    return { text: unescapeCell(text).trim(), fraction: weight ? (percentToFraction(weight[1]) ?? 1) : 1, ...(note !== '' && { feedback: note }) }
  })
}
export const writeWeighted = (entries: readonly WeightedEntry[], escapeText = true) =>
  entries
    .map((e) => {
      const text = escapeText ? escapeCell(e.text, '|#').replace(/^%/, '\\%') : e.text
      return `${e.fraction === 1 ? '' : `%${fractionToPercent(e.fraction)}%`}${text}${e.feedback === undefined ? '' : ` # ${escapeCell(e.feedback, '|#')}`}`
    })
    .join(' || ')

/** EMQ stems: `A 45-year-old man… => B || … => D` (the key follows the last "=>"). */
export function readStems(cell: string): { text: string; key: string }[] | string {
  const stems: { text: string; key: string }[] = []
  for (const item of listItems(cell, '||')) {
    const [text, key] = splitLast(item, '=>')
    if (key === undefined || key.trim() === '') return `EMQ stem "${unescapeCell(item)}" should end with "=> <option letter>".`
    stems.push({ text: unescapeCell(text).trim(), key: unescapeCell(key).trim().toLowerCase() })
  }
  return stems
}
export const writeStems = (stems: readonly { text: string; key: string }[]) => stems.map((s) => `${escapeCell(s.text, '|')} => ${s.key.toUpperCase()}`).join(' || ')

/** Embedded files: `diagram.png: data:image/png;base64,iVBOR… || …`. */
export function readMedia(cell: string): DraftMedia[] | string {
  const media: DraftMedia[] = []
  for (const item of listItems(cell, '||')) {
    const [filename, data] = splitFirst(item, ':')
    const match = data === undefined ? null : /^\s*data:([^;,]+);base64,([A-Za-z0-9+/=\s]*)$/.exec(data)
    if (!match) return `Media "${unescapeCell(filename).slice(0, 40)}" should look like "name.png: data:image/png;base64,…".`
    media.push({ filename: unescapeCell(filename).trim(), mimeType: match[1], base64: match[2].replace(/\s+/g, '') })
  }
  return media
}
export const writeMedia = (media: readonly DraftMedia[]) => media.map((m) => `${escapeCell(m.filename, '|:')}: data:${m.mimeType};base64,${m.base64}`).join(' || ')

/** `yes`/`no`, `true`/`false`, `1`/`0`; blank means no. */
export function readYesNo(cell: string): boolean | string {
  const value = cell.trim().toLowerCase()
  if (['', 'no', 'n', 'false', 'f', '0'].includes(value)) return false
  return ['yes', 'y', 'true', 't', '1'].includes(value) ? true : `"${cell.trim()}" should be yes or no.`
}
