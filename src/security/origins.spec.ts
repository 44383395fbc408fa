import { describe, expect, it } from 'vitest'

import { originList, originPolicy } from './origins'

describe('origin allow-lists', () => {
  it('reads a comma-separated list of origins', () => {
    expect(originList(' https://a.example.org, http://localhost:4000/ ', 'X')).toEqual(['https://a.example.org', 'http://localhost:4000'])
    expect(originList(undefined, 'X')).toEqual([])
  })
  it('refuses anything that is not an origin', () => {
    expect(() => originList('https://a.example.org/path', 'CORS_ORIGINS')).toThrow(/CORS_ORIGINS: "https:\/\/a.example.org\/path"/)
    expect(() => originList('ftp://a.example.org', 'X')).toThrow()
    expect(() => originList('not a url', 'X')).toThrow()
  })
  it('always lets the app’s own origin use the cookie, and checks cookies only when that origin is known', () => {
    expect(originPolicy({ PUBLIC_URL: 'https://practica.example.org', CORS_ORIGINS: 'https://app.example.org' })).toEqual({
      cors: ['https://app.example.org'],
      csrf: ['https://practica.example.org', 'https://app.example.org'],
    })
    expect(originPolicy({ CORS_ORIGINS: 'https://app.example.org' })).toEqual({ cors: ['https://app.example.org'], csrf: [] })
    expect(originPolicy({ PUBLIC_URL: 'https://p.example.org', CORS_ORIGINS: 'https://app.example.org', CSRF_ORIGINS: 'https://other.example.org' }).csrf).toEqual([
      'https://p.example.org',
      'https://other.example.org',
    ])
  })
})
