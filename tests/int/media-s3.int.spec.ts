import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import type { Payload } from 'payload'
import S3rver from 's3rver'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// Only types here: the app, its config and the REST helper (which imports the config) load in beforeAll,
// after the S3_* variables point at the local server — payload.config.ts reads them at import time.
type Rest = typeof import('../helpers/rest')

const BUCKET = 'practica-int-media'
const S3_VARS = ['S3_BUCKET', 'S3_ENDPOINT', 'S3_REGION', 'S3_FORCE_PATH_STYLE', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'MEDIA_DIR'] as const
const savedEnv = Object.fromEntries(S3_VARS.map((name) => [name, process.env[name]]))
const stamp = Date.now().toString(36)

let scratch: string
let mediaDir: string
let server: S3rver | null = null
let s3: S3Client
let payload: Payload
let rest: Rest
let editor: string
let learner: string
let image: Buffer

async function bucketKeys(): Promise<string[]> {
  const listed = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET }))
  return (listed.Contents ?? []).map((o) => o.Key!).sort()
}

async function objectBytes(key: string): Promise<Uint8Array> {
  const object = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))
  return object.Body!.transformToByteArray()
}

/** Files under the local upload directory (none when it was never created). */
async function localFiles(): Promise<string[]> {
  return fs.readdir(mediaDir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []
    throw error
  })
}

function upload(filename: string, token?: string) {
  const form = new FormData()
  form.set('file', new Blob([new Uint8Array(image)], { type: 'image/png' }), filename)
  form.set('_payload', JSON.stringify({ alt: `S3 test image ${stamp}` }))
  return rest.api('POST', '/api/v1/media', { token, form })
}

beforeAll(async () => {
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'practica-int-s3-'))
  mediaDir = path.join(scratch, 'local-media')
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: path.join(scratch, 's3'),
    configureBuckets: [{ name: BUCKET }],
  })
  const { port } = await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  Object.assign(process.env, {
    S3_BUCKET: BUCKET,
    S3_ENDPOINT: endpoint,
    S3_REGION: 'us-east-1',
    S3_FORCE_PATH_STYLE: 'true',
    // s3rver's built-in account: requests are signed and checked with it.
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    MEDIA_DIR: mediaDir,
  })
  s3 = new S3Client({
    region: 'us-east-1',
    endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  })

  const { getTestApp } = await import('../helpers/app')
  const { DEMO_PASSWORD, ensureSeeded } = await import('../helpers/seedFixtures')
  rest = await import('../helpers/rest')
  payload = await getTestApp()
  await ensureSeeded(payload)
  editor = await rest.login('editor@practica.test', DEMO_PASSWORD)
  learner = await rest.login('learner@practica.test', DEMO_PASSWORD)
  // A real image, so the thumbnail and card sizes are generated (and stored) too.
  image = await sharp({ create: { width: 1024, height: 600, channels: 3, background: { r: 200, g: 40, b: 90 } } })
    .png()
    .toBuffer()
})

afterAll(async () => {
  s3?.destroy()
  if (server) await server.close()
  for (const name of S3_VARS) {
    if (savedEnv[name] === undefined) delete process.env[name]
    else process.env[name] = savedEnv[name]
  }
  if (scratch) await fs.rm(scratch, { recursive: true, force: true })
})

describe('media on S3-compatible storage', () => {
  it('the committed migrations create every media column the S3-enabled config reads and writes', async () => {
    // The storage plugin adds its own fields to the collection (3.90: `_objectKey`), so the schema differs from the local-disk one.
    const table = (payload.db as unknown as { tables: Record<string, Record<string, unknown>> }).tables.media
    const expected = Object.values(table)
      .filter((column): column is { name: string } => typeof column === 'object' && column !== null && 'columnType' in column)
      .map((column) => column.name)
      .sort()
    const { rows } = await (payload.db as unknown as { pool: { query: (sql: string) => Promise<{ rows: { column_name: string }[] }> } }).pool.query(
      "select column_name from information_schema.columns where table_schema = current_schema() and table_name = 'media'",
    )
    const actual = new Set(rows.map((row) => row.column_name))
    expect(expected.filter((name) => !actual.has(name)), 'media columns missing from the migrated database').toEqual([])
  })

  it('an editor’s upload goes to the bucket (with its image sizes), is served by the file route, and leaves the local directory alone', async () => {
    const filename = `s3-${stamp}.png`
    const res = await upload(filename, editor)
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const doc = res.body.doc
    expect(doc.filename).toBe(filename)
    expect(doc.filesize).toBe(image.length)

    const keys = await bucketKeys()
    expect(keys).toContain(filename)
    for (const size of ['thumbnail', 'card']) expect(keys).toContain(doc.sizes[size].filename)
    const head = await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: filename }))
    expect(head.ContentLength).toBe(image.length)
    expect(head.ContentType).toBe('image/png')
    expect(Buffer.from(await objectBytes(filename)).equals(image)).toBe(true)

    // The document's URL is the app's own file route, which streams the object back from the bucket.
    const url = new URL(doc.url, 'http://localhost:3000')
    expect(url.pathname).toBe(`/api/v1/media/file/${filename}`)
    const served = await rest.api('GET', url.pathname, { token: editor, headers: { accept: 'application/octet-stream' } })
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(served.body).equals(image)).toBe(true)
    const thumbnail = await rest.api('GET', new URL(doc.sizes.thumbnail.url, 'http://localhost:3000').pathname, {
      token: editor,
      headers: { accept: 'application/octet-stream' },
    })
    expect(thumbnail.status).toBe(200)
    expect(Buffer.from(thumbnail.body).equals(Buffer.from(await objectBytes(doc.sizes.thumbnail.filename)))).toBe(true)

    expect(await localFiles()).toEqual([])

    // A learner may not delete someone else's file: the document and its objects stay.
    const refused = await rest.api('DELETE', `/api/v1/media/${doc.id}`, { token: learner })
    expect(refused.status).toBe(403)
    expect(await bucketKeys()).toContain(filename)

    // Deleting the document deletes the object and every generated size.
    const deleted = await rest.api('DELETE', `/api/v1/media/${doc.id}`, { token: editor })
    expect(deleted.status).toBe(200)
    const left = await bucketKeys()
    expect(left).not.toContain(filename)
    for (const size of ['thumbnail', 'card']) expect(left).not.toContain(doc.sizes[size].filename)
    await expect(s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: filename }))).rejects.toMatchObject({ name: 'NotFound' })
    const gone = await rest.api('GET', url.pathname, { token: editor, headers: { accept: 'application/octet-stream' } })
    expect(gone.status).toBe(404)
    expect(await localFiles()).toEqual([])
  })

  it('an upload without upload rights is refused with 403 and stores nothing', async () => {
    const before = await bucketKeys()
    const filename = `s3-anonymous-${stamp}.png`
    const res = await upload(filename)
    expect(res.status).toBe(403)
    expect(await bucketKeys()).toEqual(before)
    const docs = await payload.find({ collection: 'media', where: { filename: { like: `s3-anonymous-${stamp}` } }, overrideAccess: true })
    expect(docs.totalDocs).toBe(0)
    expect(await localFiles()).toEqual([])
  })
})
