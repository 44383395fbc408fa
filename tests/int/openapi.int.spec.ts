import { Validator } from '@seriousme/openapi-schema-validator'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { getTestApp } from '../helpers/app'
import { api } from '../helpers/rest'

let payload: Payload
let doc: any

beforeAll(async () => {
  payload = await getTestApp()
  const res = await api('GET', '/api/v1/openapi.json')
  expect(res.status).toBe(200)
  doc = res.body
})

const pathOf = (p: string) => p.replace(/:(\w+)\??/g, '{$1}')

describe('OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document, served without signing in', async () => {
    expect(doc.openapi).toBe('3.1.0')
    const result = await new Validator().validate(doc)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
  })

  it('covers every collection and every custom endpoint of the running configuration', () => {
    const missing: string[] = []
    for (const c of payload.config.collections.filter((c) => !c.slug.startsWith('payload-'))) {
      for (const [path, method] of [[`/${c.slug}`, 'get'], [`/${c.slug}`, 'post'], [`/${c.slug}/{id}`, 'get'], [`/${c.slug}/{id}`, 'patch'], [`/${c.slug}/{id}`, 'delete']]) {
        if (!doc.paths[path]?.[method]) missing.push(`${method} ${path}`)
      }
      expect(doc.components.schemas[c.slug], c.slug).toBeTruthy()
      for (const e of c.endpoints || []) {
        // Not API: internal guards, and version routes of a collection without versions.
        if (e.custom?.internal || (!c.versions && e.path.startsWith('/versions'))) continue
        const path = pathOf(`/${c.slug}${e.path === '/' ? '' : e.path}`)
        if (!doc.paths[path]?.[e.method]) missing.push(`${e.method} ${path}`)
      }
    }
    for (const e of payload.config.endpoints) if (!doc.paths[pathOf(e.path)]?.[e.method]) missing.push(`${e.method} ${e.path}`)
    expect(missing).toEqual([])
    // Plugins' endpoints are there too.
    expect(doc.paths['/dashboard'].get).toBeTruthy()
    expect(doc.paths['/recommendations/dismiss'].post).toBeTruthy()
    expect(doc.paths['/users/versions']).toBeUndefined()
    expect(doc.paths['/questions/versions'].get).toBeTruthy()
  })

  it('describes custom endpoints from their zod schemas', () => {
    const start = doc.paths['/practice/sessions'].post.requestBody.content['application/json'].schema
    expect(start.properties.mode.enum).toEqual(['standard', 'review'])
    expect(start.properties.question_count).toMatchObject({ type: 'integer', minimum: 1, maximum: 200 })
    expect(start.additionalProperties).toBe(false)
    const dismiss = doc.paths['/recommendations/dismiss'].post.requestBody.content['application/json'].schema
    expect(dismiss.required).toEqual(['suggestion_id'])
    const queue = doc.paths['/recommendations/review-queue'].get.parameters.find((p: { name: string }) => p.name === 'limit')
    expect(queue.schema).toMatchObject({ minimum: 1, maximum: 200 })
    expect(doc.paths['/practice/sessions/{id}/attempts'].post.parameters[0]).toMatchObject({ name: 'id', in: 'path', required: true })
    expect(doc.paths['/health'].get.security).toEqual([])
  })

  it('describes collections by their fields, with Payload’s list and document operations', () => {
    expect(doc.components.schemas.resources.properties.kind.enum).toEqual(['video', 'seminar', 'article', 'document'])
    expect(doc.paths['/resources'].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['where', 'limit', 'page', 'sort', 'depth', 'draft']))
    expect(doc.paths['/users/login'].post.requestBody.content['application/json'].schema.required).toEqual(['email', 'password'])
    expect(JSON.stringify(doc)).not.toContain('#/definitions/')
  })
})
