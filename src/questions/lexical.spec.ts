import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { lexicalToText, textToLexical } from './lexical'

describe('plain text ↔ Lexical', () => {
  it('keeps paragraphs', () => {
    const state = textToLexical('A 45-year-old man falls.\n\nWhich nerve is injured?')
    expect(state.root.children).toHaveLength(2)
    expect(lexicalToText(state)).toBe('A 45-year-old man falls.\n\nWhich nerve is injured?')
  })

  it('round-trips normalised text (property)', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9,.?()'-]{1,12}$/)
    const para = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '))
    fc.assert(fc.property(fc.array(para, { minLength: 1, maxLength: 4 }), (paragraphs) => {
      const text = paragraphs.join('\n\n')
      return lexicalToText(textToLexical(text)) === text
    }))
  })

  it('reads nothing from malformed states', () => {
    expect(lexicalToText(null)).toBe('')
    expect(lexicalToText({ root: {} })).toBe('')
  })
})
