import { describe, expect, it } from 'vitest'

import { formatMoodleCategoryPath, parseMoodleCategoryPath } from './categoryPath'
import { createIdRegistry, externalIdFor } from './externalId'

describe('category paths', () => {
  it.each([
    ['$course$/top/A/B', ['A', 'B']],
    ['$module$/top/A/B', ['A', 'B']],
    ['$system$/A', ['A']],
    ['$cat$/top', []],
    ['top/A', ['A']],
    ['A/B', ['A', 'B']],
    [' $course$/Default for New Features ', ['Default for New Features']],
    ['$course$/top/Upper limb // hand/Nerves', ['Upper limb / hand', 'Nerves']],
  ])('%s → %j', (raw, path) => expect(parseMoodleCategoryPath(raw)).toEqual(path))

  it('formats what it parses', () => {
    const path = ['Anatomy & Embryology', 'Upper limb / hand', '呼吸']
    expect(formatMoodleCategoryPath(path)).toBe('$course$/top/Anatomy & Embryology/Upper limb // hand/呼吸')
    expect(parseMoodleCategoryPath(formatMoodleCategoryPath(path))).toEqual(path)
  })
})

describe('external ids', () => {
  it('uses the explicit id, else a format-prefixed hash of path, name and stem', () => {
    const fields = { categoryPath: ['A'], name: 'N', stemHtml: '<p>Stem</p>' }
    expect(externalIdFor('gift', ' Q-1 ', fields)).toBe('Q-1')
    expect(externalIdFor('csv', '', fields)).toMatch(/^csv:[0-9a-f]{20}$/)
    expect(externalIdFor('csv', undefined, fields)).toBe(externalIdFor('csv', undefined, { ...fields, stemHtml: '<p>Stem</p>\n' }))
    expect(externalIdFor('csv', undefined, fields)).not.toBe(externalIdFor('csv', undefined, { ...fields, categoryPath: ['B'] }))
  })

  it('numbers repeats within one file', () => {
    const ids = createIdRegistry()
    expect(['x', 'x', 'x (2)', 'x'].map(ids.unique)).toEqual(['x', 'x (2)', 'x (2) (2)', 'x (3)'])
  })
})
