import { describe, expect, it } from 'vitest'

import { withCommonErrorShape } from './errorShape'

const json = (body: unknown, status: number, headers: Record<string, string> = {}) => Response.json(body, { status, headers })

describe('withCommonErrorShape', () => {
  it('gives a bare { message } error the common { errors: [{ message }] } shape, keeping status and headers', async () => {
    const res = await withCommonErrorShape(json({ message: 'Route not found "/api/v1/nope"' }, 404, { 'Access-Control-Allow-Origin': 'https://app.example' }))
    expect(res.status).toBe(404)
    expect(res.headers.get('access-control-allow-origin')).toBe('https://app.example')
    expect(await res.json()).toEqual({ errors: [{ message: 'Route not found "/api/v1/nope"' }] })
  })

  it('leaves errors already in the common shape as they are, path and all', async () => {
    const body = { errors: [{ message: 'question_id is required', path: 'question_id' }] }
    expect(await (await withCommonErrorShape(json(body, 400))).json()).toEqual(body)
  })

  it('passes successes through untouched, even one with a message field', async () => {
    const ok = json({ message: 'Updated successfully.', doc: { id: 1 } }, 200)
    expect(await withCommonErrorShape(ok)).toBe(ok)
  })

  it('leaves error bodies that are not JSON, or JSON without a message, as they were', async () => {
    const text = await withCommonErrorShape(new Response('Bad gateway', { status: 502, headers: { 'content-type': 'text/plain' } }))
    expect(await text.text()).toBe('Bad gateway')
    const broken = await withCommonErrorShape(new Response('{not json', { status: 400, headers: { 'content-type': 'application/json' } }))
    expect(await broken.text()).toBe('{not json')
    expect(await (await withCommonErrorShape(json({ detail: 'x' }, 409))).json()).toEqual({ detail: 'x' })
  })
})
