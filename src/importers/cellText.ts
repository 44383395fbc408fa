/**
 * Backslash escaping for the list-valued cells of the CSV format (tags, answers, EMQ stems…): a backslash makes the
 * next character literal, so "a\;b" is one tag and "\\" is a backslash.
 */

/** Split at each unescaped `separator`; the pieces keep their escapes (unescape them last). */
export function splitEscaped(text: string, separator: string): string[] {
  const pieces: string[] = []
  let current = ''
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\' && i + 1 < text.length) {
      current += text.slice(i, i + 2)
      i++
    } else if (text.startsWith(separator, i)) {
      pieces.push(current)
      current = ''
      i += separator.length - 1
    } else current += text[i]
  }
  pieces.push(current)
  return pieces
}

/** Split at the first unescaped `separator`: [before, after] or [text, undefined]. */
export function splitFirst(text: string, separator: string): [string, string | undefined] {
  const [first, ...rest] = splitEscaped(text, separator)
  return rest.length === 0 ? [first, undefined] : [first, rest.join(separator)]
}

/** Split at the last unescaped `separator`. */
export function splitLast(text: string, separator: string): [string, string | undefined] {
  const pieces = splitEscaped(text, separator)
  return pieces.length === 1 ? [text, undefined] : [pieces.slice(0, -1).join(separator), pieces[pieces.length - 1]]
}

export const unescapeCell = (text: string) => text.replace(/\\(.)/gs, '$1')

/** Backslash before every backslash and every character of `specials`. */
export function escapeCell(text: string, specials: string): string {
  return [...text].map((char) => (char === '\\' || specials.includes(char) ? `\\${char}` : char)).join('')
}

/** Non-empty trimmed (still escaped) items of a list cell. */
export const listItems = (cell: string, separator: string) => (cell.trim() === '' ? [] : splitEscaped(cell, separator).map((p) => p.trim()).filter((p) => p !== ''))
