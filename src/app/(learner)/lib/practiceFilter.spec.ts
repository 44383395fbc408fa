import { describe, expect, it } from 'vitest'

import { type Category, practiceFilter } from './practiceFilter'

const sub = (parent: string, slug: string, id: number) => ({ id, name: slug, slug, path: `${parent}/${slug}` })
const bank: Category[] = [
  { id: 1, name: 'Urology', slug: 'urology', subcategories: [sub('urology', 'stones', 2), sub('urology', 'cancer', 3)] },
  { id: 4, name: 'Orthopaedics', slug: 'orthopaedic-surgery', subcategories: [sub('orthopaedic-surgery', 'spine', 5), sub('orthopaedic-surgery', 'hand', 6)] },
]

describe('practice filter', () => {
  it('sends whole categories as categories', () => {
    expect(practiceFilter(bank, {})).toEqual({ categories: [], subcategories: [] })
    expect(practiceFilter(bank, { urology: [] })).toEqual({ categories: ['urology'], subcategories: [] })
  })

  it('keeps a whole category whole when another is narrowed to a subcategory', () => {
    expect(practiceFilter(bank, { urology: [], 'orthopaedic-surgery': ['orthopaedic-surgery/spine'] })).toEqual({
      categories: ['urology', 'orthopaedic-surgery'],
      subcategories: ['orthopaedic-surgery/spine'],
    })
  })

  it('drops a category the bank does not have', () => {
    expect(practiceFilter(bank, { 'no-such-topic': [], urology: [] })).toEqual({ categories: ['urology'], subcategories: [] })
  })
})
