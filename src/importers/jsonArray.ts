import type { TextSource } from './textSource'
import { normalizedChunks } from './textSource'

export type JsonElement = { text: string; index: number; line: number } | { error: string; line: number }

/**
 * Split a top-level JSON array into its elements' texts without parsing the whole file: a small scanner tracks
 * strings, escapes and nesting, so one element is held at a time. Anything but an array gives a single error.
 */
export async function* jsonArrayElements(source: TextSource): AsyncGenerator<JsonElement> {
  let line = 1
  let state: 'before' | 'between' | 'inside' | 'after' = 'before'
  let depth = 0
  let inString = false
  let escaped = false
  let current = ''
  let start = 0
  let index = 0
  for await (const chunk of normalizedChunks(source)) {
    for (const char of chunk) {
      if (char === '\n') line++
      if (state === 'between' && char !== ']' && !/\s/.test(char)) {
        state = 'inside'
        ;[current, start, depth, inString, escaped] = ['', line, 0, false, false]
      }
      if (state === 'inside') {
        current += char
        if (inString) {
          if (escaped) escaped = false
          else if (char === '\\') escaped = true
          else if (char === '"') inString = false
        } else if (char === '"') inString = true
        else if (char === '{' || char === '[') depth++
        else if ((char === '}' || char === ']') && depth > 0) depth--
        else if (depth === 0 && (char === ',' || char === ']')) {
          // A "," or the array's closing "]" at depth 0 ends the element.
          const text = current.slice(0, -1).trim()
          if (text !== '') yield { text, index: index++, line: start }
          else if (char === ',') yield { error: `Element ${index + 1} is empty (two commas in a row?).`, line }
          state = char === ']' ? 'after' : 'between'
        }
      } else if (/\s/.test(char)) continue
      else if (state === 'before' && char === '[') state = 'between'
      else if (state === 'before') return yield { error: 'A JSON question file must be an array: [ {…}, {…} ].', line }
      else if (state === 'between') state = 'after'
      else return yield { error: 'Unexpected text after the closing "]".', line }
    }
  }
  // An array cut off after a complete element: keep that element, then report the missing "]".
  if (state === 'inside' && depth === 0 && !inString && current.trim() !== '') yield { text: current.trim(), index, line: start }
  if (state === 'before') yield { error: 'The file is empty: expected a JSON array of questions.', line }
  else if (state !== 'after') yield { error: 'The file ends before the closing "]" of the array.', line }
}
