import type { ImportEvent, QuestionDraft, SourceLocation } from '../questions/types'
import { parseMoodleCategoryPath } from './categoryPath'
import { invalidEvent, optional, questionEvent, skippedEvent } from './draftParts'
import type { createIdRegistry } from './externalId'
import { externalIdFor } from './externalId'
import { embeddedFiles } from './media'
import { htmlOf, xmlAnswerPart } from './moodleXmlAnswers'
import type { XmlNode } from './xmlElements'
import { child, childrenOf, textOf, valueOf } from './xmlElements'

export type XmlState = { categoryPath: string[]; ids: ReturnType<typeof createIdRegistry> }

export const describeElement = (index: number, type: string | undefined) => `question#${index} (${type ?? 'no type'})`

/** One `<question>` element → a category, question, skipped or invalid event. */
export function xmlQuestionEvent(node: XmlNode, index: number, line: number, state: XmlState): ImportEvent {
  const type = node.attributes.type ?? ''
  const source: SourceLocation = { line, element: describeElement(index, node.attributes.type) }
  if (type === 'category') {
    state.categoryPath = parseMoodleCategoryPath(textOf(child(node, 'category')))
    const description = optional(textOf(child(node, 'info')))
    return { kind: 'category', path: state.categoryPath, ...(description !== undefined && { description }), source }
  }
  const name = optional(textOf(child(node, 'name')))
  if (type === '') return invalidEvent('The <question> element has no type attribute.', source, name)
  const result = xmlAnswerPart(node, type)
  if ('unsupported' in result) return skippedEvent(result.unsupported, source, name)
  if ('error' in result) return invalidEvent(result.error, source, name)
  const stemHtml = htmlOf(child(node, 'questiontext'))
  const explanation = optional(htmlOf(child(node, 'generalfeedback')))
  const tags = childrenOf(child(node, 'tags'), 'tag').map(textOf).filter((t) => t !== '')
  const explicitId = valueOf(child(node, 'idnumber'))
  const draft: QuestionDraft = {
    externalId: state.ids.unique(externalIdFor('moodle-xml', explicitId, { categoryPath: state.categoryPath, name, stemHtml })),
    ...(name !== undefined && { name }),
    stemHtml,
    ...(explanation !== undefined && { explanationHtml: explanation }),
    categoryPath: [...state.categoryPath],
    tags,
    references: [],
    media: embeddedFiles(node),
    ...result.part,
  }
  return questionEvent(draft, source)
}
