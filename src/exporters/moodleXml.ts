import { formatMoodleCategoryPath } from '../importers/categoryPath'
import type { DraftSource } from './draftStream'
import { eachDraft, samePath } from './draftStream'
import { moodleXmlQuestion } from './moodleXmlQuestion'
import { textElement } from './xmlText'

const categoryRecord = (path: readonly string[]) =>
  ['  <question type="category">', ...textElement('category', formatMoodleCategoryPath(path)), '  </question>'].join('\n')

/** Moodle XML, streamed: a `<question type="category">` record whenever the category path changes, then each question. */
export async function* exportMoodleXml(drafts: DraftSource): AsyncGenerator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n'
  let path: string[] | undefined
  for await (const draft of eachDraft(drafts)) {
    if (!samePath(path, draft.categoryPath)) yield `${categoryRecord(draft.categoryPath)}\n\n`
    path = draft.categoryPath
    yield `${moodleXmlQuestion(draft)}\n\n`
  }
  yield '</quiz>\n'
}
