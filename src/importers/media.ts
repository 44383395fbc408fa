import type { DraftMedia } from '../questions/types'
import type { XmlNode } from './xmlElements'
import { descendants } from './xmlElements'

const MIME_TYPES: Record<string, string> = {
  jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', webp: 'image/webp', svg: 'image/svg+xml',
  bmp: 'image/bmp', mp3: 'audio/mpeg', wav: 'audio/wav', ogg: 'audio/ogg', m4a: 'audio/mp4', mp4: 'video/mp4',
  webm: 'video/webm', pdf: 'application/pdf', txt: 'text/plain',
}

export function guessMimeType(filename: string): string {
  const extension = /\.([a-z0-9]+)$/i.exec(filename)?.[1].toLowerCase() ?? ''
  return MIME_TYPES[extension] ?? 'application/octet-stream'
}

/** Every base64 `<file>` in a Moodle question (question text, feedback, answers), once per file name. */
export function embeddedFiles(question: XmlNode): DraftMedia[] {
  const media: DraftMedia[] = []
  for (const node of descendants(question)) {
    const filename = node.attributes.name
    if (node.name !== 'file' || !filename || node.attributes.encoding !== 'base64') continue
    if (media.some((m) => m.filename === filename)) continue
    media.push({ filename, mimeType: guessMimeType(filename), base64: node.text.replace(/\s+/g, '') })
  }
  return media
}
