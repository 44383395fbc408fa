import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

/** The uploaded import file as a stream of text chunks: from local disk, or from its storage URL (S3). */
export async function* importFileChunks(payload: Payload, doc: { filename?: string | null; url?: string | null }): AsyncGenerator<string> {
  const staticDir = payload.collections['question-imports'].config.upload.staticDir
  const local = doc.filename && staticDir ? path.join(staticDir, doc.filename) : null
  if (local && fs.existsSync(local)) {
    for await (const chunk of fs.createReadStream(local, { encoding: 'utf8', highWaterMark: 64 * 1024 })) yield chunk as string
    return
  }
  if (!doc.url) throw new Error('The import file is missing from storage.')
  const base = payload.config.serverURL || `http://localhost:${process.env.PORT ?? 3000}`
  const response = await fetch(new URL(doc.url, base))
  if (!response.ok || !response.body) throw new Error(`Could not read the import file (${response.status}).`)
  const decoder = new TextDecoder()
  const reader = response.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    yield decoder.decode(value, { stream: true })
  }
  const rest = decoder.decode()
  if (rest) yield rest
}
