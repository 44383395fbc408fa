import type { SanitizedConfig } from 'payload'
import { convertHTMLToLexical, editorConfigFactory, type SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { Window } from 'happy-dom'

/**
 * happy-dom shaped like the JSDOM constructor Payload's converter expects. One window serves every
 * conversion: they run synchronously, one at a time, and a window per conversion (never closed) both
 * costs time and holds memory — thousands of imported questions would pile them up.
 */
let shared: Window | null = null
class HappyDOM {
  window: { document: Document }
  constructor(html: string) {
    shared ??= new Window()
    shared.document.body.innerHTML = html
    this.window = shared as unknown as { document: Document }
  }
}

let editorConfig: Promise<SanitizedServerEditorConfig> | null = null

/** Sanitised HTML (from an importer) → the Lexical state stored in stems and explanations. */
export async function htmlToRichText(html: string, config: SanitizedConfig) {
  editorConfig ??= editorConfigFactory.default({ config })
  const resolved = await editorConfig
  try {
    return convertHTMLToLexical({ editorConfig: resolved, html, JSDOM: HappyDOM })
  } finally {
    if (shared) shared.document.body.innerHTML = ''
  }
}

/** A stored Lexical state → HTML for exports (no wrapping container). */
export function richTextToHtml(state: unknown): string {
  if (!state || typeof state !== 'object' || !('root' in state)) return ''
  return convertLexicalToHTML({ data: state as Parameters<typeof convertLexicalToHTML>[0]['data'], disableContainer: true })
}
