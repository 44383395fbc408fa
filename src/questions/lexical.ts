/** Minimal Lexical editor state builders and readers for plain text (seed data, imports of plain text). Pure. */
type TextNode = { type: 'text'; text: string; format: number; detail: number; mode: 'normal'; style: string; version: 1 }
type ParagraphNode = { type: 'paragraph'; children: TextNode[]; direction: 'ltr'; format: ''; indent: 0; textFormat: 0; textStyle: ''; version: 1 }
export type LexicalState = { root: { type: 'root'; children: ParagraphNode[]; direction: 'ltr'; format: ''; indent: 0; version: 1 } }

const paragraph = (text: string): ParagraphNode => ({
  type: 'paragraph',
  children: text ? [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] : [],
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  version: 1,
})

/** Plain text (blank lines separate paragraphs) → a Lexical editor state. */
export function textToLexical(text: string): LexicalState {
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean)
  return { root: { type: 'root', children: (paragraphs.length ? paragraphs : ['']).map(paragraph), direction: 'ltr', format: '', indent: 0, version: 1 } }
}

/** All text of a Lexical editor state, paragraphs separated by blank lines. */
export function lexicalToText(state: unknown): string {
  const blocks: string[] = []
  const walk = (node: unknown, out: string[]): void => {
    if (!node || typeof node !== 'object') return
    const n = node as { type?: string; text?: string; children?: unknown[] }
    if (n.type === 'text' && typeof n.text === 'string') out.push(n.text)
    if (n.type === 'linebreak') out.push('\n')
    for (const child of n.children ?? []) walk(child, out)
  }
  for (const block of (state as { root?: { children?: unknown[] } })?.root?.children ?? []) {
    const out: string[] = []
    walk(block, out)
    blocks.push(out.join(''))
  }
  return blocks.filter((b) => b.trim() !== '').join('\n\n')
}
