import { describe, expect, it } from 'vitest'

import { operationsByTag } from './openapi'

const doc = {
  info: { title: 'T', version: '1' },
  paths: {
    '/a/{id}': { parameters: [{ name: 'id', in: 'path', required: true }], get: { tags: ['A'], summary: 'One a', operationId: 'getA' }, delete: { tags: ['A'], summary: 'Delete a' } },
    '/b': { post: { tags: ['B'], summary: 'Make b', requestBody: { content: { 'application/json': { schema: { type: 'object' } } } } } },
  },
}

describe('API reference grouping', () => {
  it('groups operations by tag with shared path parameters and the JSON body schema', () => {
    const groups = operationsByTag(doc)
    expect(groups.map(([tag, ops]) => [tag, ops.map((o) => `${o.method} ${o.path}`)])).toEqual([
      ['A', ['get /a/{id}', 'delete /a/{id}']],
      ['B', ['post /b']],
    ])
    expect(groups[0][1][0].parameters).toEqual([{ name: 'id', in: 'path', required: true }])
    expect(groups[1][1][0].body).toEqual({ type: 'object' })
  })
  it('filters by path or summary', () => {
    expect(operationsByTag(doc, 'make').map(([tag]) => tag)).toEqual(['B'])
    expect(operationsByTag(doc, '/a').flatMap(([, ops]) => ops).length).toBe(2)
  })
})
