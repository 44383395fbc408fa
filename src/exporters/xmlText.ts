import type { DraftMedia } from '../questions/types'

export const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** CDATA section; a "]]>" inside the text is split across two sections. */
export const cdata = (text: string) => `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`

/** The content of a `<text>` element. */
export const textContent = (text: string) => (text === '' ? '' : cdata(text))

/** `<file>` elements for the media a text refers to as @@PLUGINFILE@@/name (all of them for the question text). */
export function fileElements(html: string, media: readonly DraftMedia[], all = false): string[] {
  return media
    .filter((m) => all || html.includes(`@@PLUGINFILE@@/${m.filename}`))
    .map((m) => `<file name="${escapeXml(m.filename)}" path="/" encoding="base64">${m.base64}</file>`)
}

/** `<tag format="…"><text>…</text>[files]</tag>` as indented lines. */
export function textElement(tag: string, html: string, options: { format?: string; files?: string[]; indent?: string } = {}): string[] {
  const indent = options.indent ?? '    '
  const format = options.format === undefined ? '' : ` format="${options.format}"`
  return [`${indent}<${tag}${format}>`, `${indent}  <text>${textContent(html)}</text>`, ...(options.files ?? []).map((f) => `${indent}  ${f}`), `${indent}</${tag}>`]
}

export const valueElement = (tag: string, value: string | number, indent = '    ') => `${indent}<${tag}>${escapeXml(String(value))}</${tag}>`
