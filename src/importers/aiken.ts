import type { ImportEvent } from '../questions/types'
import { choiceOptions, invalidEvent, questionEvent } from './draftParts'
import { createIdRegistry, externalIdFor } from './externalId'
import { escapeHtml } from './sanitize'
import type { TextSource } from './textSource'
import { numberedLines } from './textSource'

type OpenQuestion = { stem: string[]; options: string[]; line: number }

const OPTION = /^([A-Z])[).][ \t]?/
const ANSWER = /^ANSWER:/

/**
 * Aiken, streamed line by line as Moodle reads it: a question line, options "A) …" / "A. …", then "ANSWER: B".
 * Texts are plain (HTML-escaped). Always single best answer: Aiken has no true/false or multiple-response.
 */
export async function* parseAiken(source: TextSource): AsyncGenerator<ImportEvent> {
  const ids = createIdRegistry()
  let open: OpenQuestion | undefined
  const unfinished = (q: OpenQuestion, where: string) =>
    invalidEvent(`Question "${q.stem.join(' ')}" has no ANSWER line ${where}.`, { line: q.line }, q.stem.join(' '))
  for await (const { text, line } of numberedLines(source)) {
    const trimmed = text.trim()
    if (trimmed.length < 2) continue
    const option = OPTION.exec(trimmed)
    if (option) {
      if (open) open.options.push(trimmed.slice(option[0].length).trim())
      else yield invalidEvent(`Option line "${trimmed}" comes before any question.`, { line })
    } else if (ANSWER.test(trimmed)) {
      const letter = trimmed.slice('ANSWER:'.length).trim().charAt(0).toUpperCase()
      if (!open) yield invalidEvent(`ANSWER line "${trimmed}" comes before any question.`, { line })
      else yield finish(open, letter, line, ids)
      open = undefined
    } else if (open && open.options.length === 0) {
      open.stem.push(trimmed) // Lenient: a question text may run over several lines before its first option.
    } else {
      if (open) yield unfinished(open, `before the next question starts at line ${line}`)
      open = { stem: [trimmed], options: [], line }
    }
  }
  if (open) yield unfinished(open, 'before the end of the file')
}

function finish(q: OpenQuestion, letter: string, answerLine: number, ids: ReturnType<typeof createIdRegistry>): ImportEvent {
  const name = q.stem.join(' ')
  const source = { line: q.line }
  if (q.options.length < 2) return invalidEvent(`Question "${name}" needs at least 2 options (it has ${q.options.length}; ANSWER at line ${answerLine}).`, source, name)
  const index = letter.charCodeAt(0) - 65
  if (!(index >= 0 && index < q.options.length)) return invalidEvent(`ANSWER "${letter}" at line ${answerLine} is not one of the ${q.options.length} options.`, source, name)
  const stemHtml = q.stem.map(escapeHtml).join('<br />')
  const options = choiceOptions(q.options.map((text, i) => ({ text: escapeHtml(text), fraction: i === index ? 1 : 0 })), false)
  const externalId = ids.unique(externalIdFor('aiken', undefined, { categoryPath: [], stemHtml }))
  return questionEvent({ externalId, type: 'sba', stemHtml, categoryPath: [], tags: [], options, references: [], media: [] }, source)
}
