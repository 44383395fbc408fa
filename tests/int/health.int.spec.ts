import { beforeAll, describe, expect, it } from 'vitest'

import packageJson from '../../package.json'
import { getTestApp } from '../helpers/app'
import { api } from '../helpers/rest'

describe('GET /api/v1/health', () => {
  beforeAll(async () => {
    await getTestApp()
  })

  it('reports the database and the version', async () => {
    const res = await api('GET', '/api/v1/health')
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ status: 'ok', db: 'ok', version: packageJson.version })
    expect(res.headers.get('cache-control')).toBe('no-store')
  })

  it('serves REST and GraphQL under /api/v1', async () => {
    const rest = await api('GET', '/api/v1/institutions')
    expect(rest.status).toBe(200)
    expect(Array.isArray(rest.body.docs)).toBe(true)
    const graphql = await api('POST', '/api/v1/graphql', { body: { query: '{ __typename }' } })
    expect(graphql.status).toBe(200)
    expect(graphql.body.data.__typename).toBe('Query')
  })
})
