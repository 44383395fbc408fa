import type { ImportEvent } from '../questions/types'
import { questionTypeOf } from './csvColumns'
import { invalidEvent, questionEvent, skippedEvent } from './draftParts'
import { externalIdFor } from './externalId'
import { jsonArrayElements } from './jsonArray'
import { jsonToDraft } from './jsonDraft'
import { describeIssues, jsonQuestionSchema } from './jsonShape'
import type { TextSource } from './textSource'

/**
 * JSON: a top-level array of question objects (FORMATS.md), streamed element by element. A malformed element is
 * reported and the next one is read; a file that is not an array is rejected as a whole.
 */
export async function* parseJson(source: TextSource): AsyncGenerator<ImportEvent> {
  const seen = new Map<string, number>()
  for await (const element of jsonArrayElements(source)) {
    if ('error' in element) {
      yield invalidEvent(element.error, { line: element.line })
      continue
    }
    const location = { line: element.line, element: `[${element.index}]` }
    let value: unknown
    try {
      value = JSON.parse(element.text)
    } catch (error) {
      yield invalidEvent(`Element ${element.index} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`, location)
      continue
    }
    const parsed = jsonQuestionSchema.safeParse(value)
    if (!parsed.success) {
      yield invalidEvent(describeIssues(parsed.error), location)
      continue
    }
    const q = parsed.data
    const type = questionTypeOf(q.type)
    if (type === undefined) {
      yield skippedEvent(q.type, location, q.name)
      continue
    }
    const fields = jsonToDraft(q, type)
    if (typeof fields === 'string') {
      yield invalidEvent(fields, location, q.name)
      continue
    }
    const externalId = externalIdFor('json', q.external_id, fields)
    const first = seen.get(externalId)
    if (first !== undefined) {
      yield invalidEvent(`external_id "${externalId}" is already used by element ${first}.`, location, q.name)
      continue
    }
    seen.set(externalId, element.index)
    yield questionEvent({ externalId, ...fields }, location)
  }
}
