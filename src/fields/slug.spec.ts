import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { SLUG_PATTERN, slugify } from './slug'

describe('slugify', () => {
  it('turns category names into slugs', () => {
    expect(slugify('Anatomy & Embryology')).toBe('anatomy-embryology')
    expect(slugify('Cancer and Palliative Care')).toBe('cancer-and-palliative-care')
    expect(slugify('  Ear, Nose & Throat  ')).toBe('ear-nose-throat')
    expect(slugify('Œdème café')).toBe('deme-cafe')
  })

  it('always yields a valid slug or nothing (property)', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      const slug = slugify(text)
      expect(slug === '' || SLUG_PATTERN.test(slug)).toBe(true)
    }))
  })
})
