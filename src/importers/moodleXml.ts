import type { ImportEvent } from '../questions/types'
import { createIdRegistry } from './externalId'
import type { XmlState } from './moodleXmlQuestion'
import { describeElement, xmlQuestionEvent } from './moodleXmlQuestion'
import type { TextSource } from './textSource'
import { questionElements } from './xmlElements'

/**
 * Moodle XML, streamed with `sax`: one `<question>` element is held at a time (including its base64 files).
 * `<question type="category">` switches the category of the questions that follow.
 */
export async function* parseMoodleXml(source: TextSource): AsyncGenerator<ImportEvent> {
  const state: XmlState = { categoryPath: [], ids: createIdRegistry() }
  for await (const item of questionElements(source)) {
    if (item.kind === 'element') yield xmlQuestionEvent(item.node, item.index, item.line, state)
    else {
      const element = item.index === undefined ? undefined : describeElement(item.index, item.type)
      yield { kind: 'invalid', reason: item.message, source: { line: item.line, ...(element !== undefined && { element }) } }
    }
  }
}
