/** Text input for the importers: a whole string, or chunks split anywhere (mid-line, mid-tag, mid-"\r\n"). */
export type TextSource = string | Iterable<string> | AsyncIterable<string>

async function* rawChunks(source: TextSource): AsyncGenerator<string> {
  if (typeof source === 'string') yield source
  else yield* source
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff

/**
 * Chunks with the BOM removed and every line ending turned into "\n", whatever the chunk boundaries. A trailing "\r"
 * (maybe half of "\r\n") or half of a surrogate pair (an emoji split by the caller) waits for the next chunk.
 */
export async function* normalizedChunks(source: TextSource): AsyncGenerator<string> {
  let started = false
  let pending = ''
  for await (const raw of rawChunks(source)) {
    let chunk = pending + raw
    pending = ''
    if (!started && chunk !== '') {
      started = true
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1)
    }
    const last = chunk.charCodeAt(chunk.length - 1)
    if (chunk.endsWith('\r') || isHighSurrogate(last)) {
      pending = chunk.slice(-1)
      chunk = chunk.slice(0, -1)
    }
    if (chunk !== '') yield chunk.replace(/\r\n?/g, '\n')
  }
  if (pending !== '') yield pending.replace('\r', '\n')
}

export type NumberedLine = { text: string; line: number }

/** The source's lines, numbered from 1, holding only one partial line in memory. */
export async function* numberedLines(source: TextSource): AsyncGenerator<NumberedLine> {
  let buffer = ''
  let line = 0
  for await (const chunk of normalizedChunks(source)) {
    buffer += chunk
    let newline = buffer.indexOf('\n')
    let start = 0
    while (newline !== -1) {
      yield { text: buffer.slice(start, newline), line: ++line }
      start = newline + 1
      newline = buffer.indexOf('\n', start)
    }
    buffer = buffer.slice(start)
  }
  if (buffer !== '') yield { text: buffer, line: ++line }
}
