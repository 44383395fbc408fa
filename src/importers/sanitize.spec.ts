import fc from 'fast-check'
import { Window } from 'happy-dom'
import { describe, expect, it } from 'vitest'

import { sanitizeImportedHtml, toSafeHtml } from './sanitize'

const window = new Window()

/** Parse like a browser would and list what a sanitiser must never let through. */
function dangers(html: string): string[] {
  const container = window.document.createElement('div')
  container.innerHTML = html
  const found: string[] = []
  for (const element of container.querySelectorAll('*')) {
    if (['SCRIPT', 'IFRAME', 'STYLE', 'OBJECT', 'EMBED'].includes(element.tagName)) found.push(element.tagName)
    for (const attribute of element.getAttributeNames()) {
      if (/^on/i.test(attribute) || attribute === 'style') found.push(`${element.tagName}[${attribute}]`)
      if (['href', 'src'].includes(attribute) && /^\s*(javascript|vbscript|data):/i.test(element.getAttribute(attribute) ?? '')) found.push(`${attribute}=${element.getAttribute(attribute)}`)
    }
  }
  return found
}

describe('HTML sanitiser', () => {
  it('keeps formatting, lists, tables, images and safe links', () => {
    const html = '<p><strong>b</strong> <em>i</em> <sub>2</sub></p><ul><li>x</li></ul><table><tr><td colspan="2">c</td></tr></table><img src="@@PLUGINFILE@@/a.png" alt="a" /><a href="https://x.org">l</a><a href="mailto:a@b.org">m</a>'
    expect(sanitizeImportedHtml(html)).toBe(html)
  })

  it('strips scripts, event handlers, iframes, styles and dangerous URLs', () => {
    expect(sanitizeImportedHtml('<p style="color:red" onclick="x()">a<script>alert(1)</script><iframe src="https://evil"></iframe><style>p{}</style></p>')).toBe('<p>a</p>')
    expect(sanitizeImportedHtml('<a href="javascript:alert(1)">x</a><img src="data:text/html,x" onerror="y()" /><a href="//evil.org">z</a>')).toBe('<a>x</a><img /><a>z</a>')
  })

  it('escapes plain text and Markdown sources', () => {
    expect(toSafeHtml(' a < b & "c" ', 'plain')).toBe('a &lt; b &amp; "c"')
    expect(toSafeHtml('**bold** <i>', 'markdown')).toBe('**bold** &lt;i&gt;')
  })

  const fragments = fc.constantFrom(
    '<script>', '</script>', '<SCRIPT src=x>', '<scr<script>ipt>', '<img src=x onerror=alert(1)>', '<svg onload=alert(1)>', '<a href="javascript:x">',
    '<iframe srcdoc="<script>x</script>">', '<p style="x" onmouseover="y">', '<div/onclick=x>', '<!--', '-->', '<![CDATA[', ']]>', '"', "'", '<', '>', '=',
    ' on', 'click=', '<b>', '</b>', '<style>', '<math><mi xlink:href="javascript:x">', '<object data=x>', '&lt;script&gt;', 'text',
  )
  it('never outputs a script, an event handler, a style or a javascript: URL (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fragments, fc.string()), { maxLength: 25 }), (parts) => {
        const output = sanitizeImportedHtml(parts.join(''))
        expect(output.toLowerCase()).not.toContain('<script')
        expect(dangers(output)).toEqual([])
      }),
      { numRuns: 500 },
    )
  })

  it('is idempotent, so exported HTML re-imports unchanged (property)', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fragments, fc.string()), { maxLength: 15 }), (parts) => {
      const once = sanitizeImportedHtml(parts.join(''))
      expect(sanitizeImportedHtml(once)).toBe(once)
    }), { numRuns: 1000 })
  })
})
