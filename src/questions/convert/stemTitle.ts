import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

type LexicalState = Parameters<typeof convertLexicalToPlaintext>[0]['data']

/** A question's searchable stem text and its title (the text cut to 120 characters). Pure. */
export function stemTitle(stem: unknown): { title: string; stemText: string } {
  const stemText = convertLexicalToPlaintext({ data: stem as LexicalState }).replace(/\s+/g, ' ').trim()
  return { title: stemText.length > 120 ? `${stemText.slice(0, 117)}…` : stemText || 'Untitled question', stemText }
}
