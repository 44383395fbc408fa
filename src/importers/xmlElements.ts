import sax from 'sax'

import type { TextSource } from './textSource'
import { normalizedChunks } from './textSource'

/** A `<question>` element as a small tree: held only until it closes, so memory stays flat. */
export type XmlNode = { name: string; attributes: Record<string, string>; children: XmlNode[]; text: string }

export type XmlItem =
  | { kind: 'element'; node: XmlNode; index: number; line: number }
  | { kind: 'error'; message: string; line: number; index?: number; type?: string }

/**
 * Stream the top-level `<question>` elements of a Moodle XML file with the `sax` parser. A syntax error inside a
 * question spoils only that question; parsing resumes after it. Errors outside questions are reported once per run
 * (a text file given as XML yields one error, not one per character).
 */
export async function* questionElements(source: TextSource, elementName = 'question'): AsyncGenerator<XmlItem> {
  const parser = sax.parser(true, { trim: false, normalize: false, position: true })
  const queue: XmlItem[] = []
  const stack: XmlNode[] = []
  let current: { index: number; line: number; error?: string } | undefined
  let count = 0
  let sawElement = false
  let reportedOutside = false
  parser.onopentag = (tag) => {
    sawElement = true
    if (stack.length === 0 && tag.name !== elementName) return
    reportedOutside = false
    const attributes: Record<string, string> = {}
    for (const [key, value] of Object.entries(tag.attributes)) attributes[key] = typeof value === 'string' ? value : value.value
    const node: XmlNode = { name: tag.name, attributes, children: [], text: '' }
    if (stack.length === 0) current = { index: ++count, line: parser.line + 1 }
    else stack[stack.length - 1].children.push(node)
    stack.push(node)
  }
  parser.ontext = parser.oncdata = (text) => {
    if (stack.length > 0) stack[stack.length - 1].text += text
  }
  parser.onclosetag = () => {
    const node = stack.pop()
    if (!node || stack.length > 0 || !current) return
    const { index, line, error } = current
    queue.push(error === undefined ? { kind: 'element', node, index, line } : { kind: 'error', message: error, line, index, type: node.attributes.type })
    current = undefined
  }
  parser.onerror = (err) => {
    const message = `Malformed XML at line ${parser.line + 1}, column ${parser.column + 1}: ${err.message.split('\n')[0]}`
    if (current && stack.length > 0) current.error ??= message
    else if (!reportedOutside) {
      queue.push({ kind: 'error', message, line: parser.line + 1 })
      reportedOutside = true
    }
    parser.resume()
  }
  for await (const chunk of normalizedChunks(source)) {
    parser.write(chunk)
    yield* queue.splice(0)
  }
  parser.close()
  if (!sawElement) queue.push({ kind: 'error', message: 'No XML elements found: this is not a Moodle XML file.', line: 1 })
  if (current) queue.push({ kind: 'error', message: current.error ?? 'The file ends inside this question.', line: current.line, index: current.index })
  yield* queue.splice(0)
}

export const child = (node: XmlNode | undefined, name: string) => node?.children.find((c) => c.name === name)
export const childrenOf = (node: XmlNode | undefined, name: string) => node?.children.filter((c) => c.name === name) ?? []
/** The content of a node's `<text>` child, trimmed ('' when absent). */
export const textOf = (node: XmlNode | undefined) => (child(node, 'text')?.text ?? '').trim()
/** A node's own text content, trimmed. */
export const valueOf = (node: XmlNode | undefined) => (node?.text ?? '').trim()

export function* descendants(node: XmlNode): Generator<XmlNode> {
  for (const c of node.children) {
    yield c
    yield* descendants(c)
  }
}
