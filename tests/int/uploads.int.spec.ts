import sharp from 'sharp'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { getTestApp } from '../helpers/app'
import { api, login } from '../helpers/rest'
import { DEMO_PASSWORD, ensureSeeded } from '../helpers/seedFixtures'

let payload: Payload
let token: string

function upload(bytes: BlobPart, type: string, filename: string) {
  const form = new FormData()
  form.set('file', new Blob([bytes], { type }), filename)
  form.set('_payload', JSON.stringify({ alt: 'upload safety' }))
  return api('POST', '/api/v1/media', { token, form })
}
const count = async () => (await payload.count({ collection: 'media', overrideAccess: true })).totalDocs

beforeAll(async () => {
  payload = await getTestApp()
  await ensureSeeded(payload)
  token = await login('editor@practica.test', DEMO_PASSWORD)
})

describe('upload safety', () => {
  it('accepts a real image', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#336699' } }).png().toBuffer()
    const res = await upload(new Uint8Array(png), 'image/png', 'real.png')
    expect(res.status).toBe(201)
    expect(res.body.doc.mimeType).toBe('image/png')
  })

  it('judges a file by its content, not its name or declared type: HTML dressed as a PNG is refused', async () => {
    const before = await count()
    const res = await upload(new TextEncoder().encode('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>'), 'image/png', 'innocent.png')
    expect(res.status).toBe(400)
    expect(Array.isArray(res.body.errors)).toBe(true)
    const exe = await upload(new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00]), 'application/pdf', 'report.pdf')
    expect(exe.status).toBe(400)
    expect(await count()).toBe(before)
  })

  it('refuses an SVG that carries script', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>'
    const res = await upload(new TextEncoder().encode(svg), 'image/svg+xml', 'logo.svg')
    expect(res.status).toBe(400)
  })

  it('limits images to 10 MB with a 413 that names the limit', async () => {
    const before = await count()
    // Noise does not compress: a 2,000 × 1,900 RGB PNG of it is over 10 MB.
    const noise = Buffer.alloc(2000 * 1900 * 3)
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24
    const big = await sharp(noise, { raw: { width: 2000, height: 1900, channels: 3 } }).png({ compressionLevel: 0 }).toBuffer()
    expect(big.length).toBeGreaterThan(10 * 1024 * 1024)
    const res = await upload(new Uint8Array(big), 'image/png', 'huge.png')
    expect(res.status).toBe(413)
    expect(res.body.errors[0].message).toMatch(/images may be at most 10 MB/)
    expect(await count()).toBe(before)
  })
})
