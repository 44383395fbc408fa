import type { SanitizedConfig } from 'payload'
import { convertHTMLToLexical, editorConfigFactory, type SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { Window } from 'happy-dom'

/** happy-dom shaped like the JSDOM constructor Payload's converter expects. */
class HappyDOM {
  window: { document: Document }
  constructor(html: string) {
    const window = new Window()
    window.document.body.innerHTML = html
    this.window = window as unknown as { document: Document }
  }
}

let editorConfig: Promise<SanitizedServerEditorConfig> | null = null

/** Sanitised HTML (from an importer) → the Lexical state stored in stems and explanations. */
export async function htmlToRichText(html: string, config: SanitizedConfig) {
  editorConfig ??= editorConfigFactory.default({ config })
  return convertHTMLToLexical({ editorConfig: await editorConfig, html, JSDOM: HappyDOM })
}

/** A stored Lexical state → HTML for exports (no wrapping container). */
export function richTextToHtml(state: unknown): string {
  if (!state || typeof state !== 'object' || !('root' in state)) return ''
  return convertLexicalToHTML({ data: state as Parameters<typeof convertLexicalToHTML>[0]['data'], disableContainer: true })
}
