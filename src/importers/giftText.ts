import type { TextFormat } from './sanitize'
import { toSafeHtml } from './sanitize'

/**
 * GIFT escapes its control characters with a backslash (\~ \= \# \{ \} \: \\) and writes a newline as \n.
 * While a block is parsed they are swapped for private-use characters so splitting on "~", "=", "#"… ignores them.
 */
const PLACEHOLDER: Record<string, string> = { '\\': '\uE000', ':': '\uE001', '#': '\uE002', '=': '\uE003', '{': '\uE004', '}': '\uE005', '~': '\uE006', n: '\uE007' }
const RESTORED: Record<string, string> = Object.fromEntries(Object.entries(PLACEHOLDER).map(([char, ph]) => [ph, char === 'n' ? '\n' : char]))

export const protectEscapes = (text: string) => text.replace(/\\([\\:#={}~n])/g, (_, char: string) => PLACEHOLDER[char])
export const restoreEscapes = (text: string) => text.replace(/[\uE000-\uE007]/g, (ph) => RESTORED[ph])

/** Escape text for a GIFT file: the inverse of protect + restore. */
export const escapeGift = (text: string) => text.replace(/[\\~=#{}:]/g, (char) => `\\${char}`).replace(/\n/g, '\\n')

const FORMATS: Record<string, TextFormat> = { html: 'html', moodle: 'moodle', plain: 'plain', markdown: 'markdown' }

/** A leading [html], [moodle], [plain] or [markdown] marker, and the text after it. */
export function splitFormat(text: string, fallback: TextFormat): { format: TextFormat; text: string } {
  const marker = /^\s*\[(\w+)\]/.exec(text)
  const format = marker ? FORMATS[marker[1]] : undefined
  return format && marker ? { format, text: text.slice(marker[0].length) } : { format: fallback, text }
}

/** A protected GIFT text (question, answer, feedback) as sanitised HTML. */
export function giftHtml(protectedText: string, fallback: TextFormat): { html: string; format: TextFormat } {
  const { format, text } = splitFormat(protectedText.trim(), fallback)
  return { html: toSafeHtml(restoreEscapes(text).trim(), format), format }
}

/** A protected GIFT text kept as plain text (short answers are what the learner types, not HTML). */
export const giftPlain = (protectedText: string) => restoreEscapes(splitFormat(protectedText.trim(), 'plain').text).trim()

/** Moodle's comment tokens: `// [id:Q-17] [tag:anatomy] [tag:upper limb]`, with "\]" for a literal "]". */
export function commentTokens(comments: readonly string[]): { id?: string; tags: string[] } {
  const text = comments.join('\n')
  const unescape = (value: string) => value.replace(/\\]/g, ']').trim()
  const id = /\[id:((?:\\]|[^\]\x00-\x1f])+)\]/.exec(text)
  const tags = [...text.matchAll(/\[tag:((?:\\]|[^\]\x00-\x1f])+)\]/g)].map((m) => unescape(m[1])).filter((t) => t !== '')
  return { ...(id && { id: unescape(id[1]) }), tags }
}

export const commentToken = (kind: 'id' | 'tag', value: string) => `[${kind}:${value.replace(/]/g, '\\]')}]`
