import sanitizeHtml from 'sanitize-html'

/** What imported rich text may keep: ordinary formatting, lists, tables, images and safe links. */
const POLICY: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'hr', 'div', 'span', 'b', 'strong', 'i', 'em', 'u', 's', 'strike', 'sub', 'sup', 'small', 'mark', 'abbr',
    'code', 'pre', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
    'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'figure', 'figcaption', 'img', 'a',
  ],
  allowedAttributes: {
    '*': ['dir', 'lang'],
    a: ['href', 'title'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    ol: ['start', 'type'],
    td: ['colspan', 'rowspan'],
    th: ['colspan', 'rowspan', 'scope'],
    col: ['span'],
    colgroup: ['span'],
    abbr: ['title'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  // Relative URLs stay allowed so Moodle's "@@PLUGINFILE@@/name" references survive for the caller to rewrite.
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
}

/**
 * Sanitise imported HTML (scripts, event handlers, iframes and styles removed) and trim it. Mis-nested input (a
 * `<div>` inside a `<p>`) can change again on a second pass, so passes repeat until the text is stable: what is
 * exported then re-imports unchanged.
 */
export function sanitizeImportedHtml(html: string): string {
  let current = sanitizeHtml(html, POLICY).trim()
  for (let pass = 0; pass < 3; pass++) {
    const next = sanitizeHtml(current, POLICY).trim()
    if (next === current) break
    current = next
  }
  return current
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** The text formats Moodle and GIFT declare; plain text and Markdown are kept as escaped text. */
export type TextFormat = 'html' | 'moodle' | 'plain' | 'markdown'

export function toSafeHtml(text: string, format: TextFormat = 'html'): string {
  return format === 'plain' || format === 'markdown' ? escapeHtml(text.trim()) : sanitizeImportedHtml(text)
}
