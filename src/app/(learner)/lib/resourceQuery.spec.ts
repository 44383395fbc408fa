import { describe, expect, it } from 'vitest'

import { resourceQuery } from './resourceQuery'

const none = { search: '', category: '', kind: '', featured: false }

describe('resource library query', () => {
  it('asks for a page, featured first then newest, with nothing filtered', () => {
    expect(resourceQuery(none, 2)).toBe('/resources?limit=20&page=2&depth=1&sort=-featured%2C-published_at')
  })
  it('uses the API filters and searches title, author and description', () => {
    const q = new URLSearchParams(resourceQuery({ search: ' hernia ', category: 'general-surgery', kind: 'article', featured: true }, 1).split('?')[1])
    expect(q.get('category')).toBe('general-surgery')
    expect(q.get('kind')).toBe('article')
    expect(q.get('featured')).toBe('true')
    expect(q.get('where[or][0][title][like]')).toBe('hernia')
    expect(q.get('where[or][2][description][like]')).toBe('hernia')
  })
})
