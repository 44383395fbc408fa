import React from 'react'

type LexicalNode = {
  type?: string
  text?: string
  format?: number | string
  tag?: string
  listType?: string
  children?: LexicalNode[]
  url?: string
  fields?: { url?: string; newTab?: boolean }
  value?: { url?: string; alt?: string } | number
}

// Lexical's text format bits.
const BOLD = 1
const ITALIC = 2
const STRIKE = 4
const UNDERLINE = 8
const CODE = 16
const SUB = 32
const SUPER = 64

const safeHref = (url: string | undefined) => (url && /^(https?:|mailto:|\/(?!\/)|#)/i.test(url) ? url : undefined)

function renderText(node: LexicalNode, key: number): React.ReactNode {
  const format = typeof node.format === 'number' ? node.format : 0
  let out: React.ReactNode = node.text ?? ''
  if (format & CODE) out = <code>{out}</code>
  if (format & BOLD) out = <strong>{out}</strong>
  if (format & ITALIC) out = <em>{out}</em>
  if (format & UNDERLINE) out = <u>{out}</u>
  if (format & STRIKE) out = <s>{out}</s>
  if (format & SUB) out = <sub>{out}</sub>
  if (format & SUPER) out = <sup>{out}</sup>
  return <React.Fragment key={key}>{out}</React.Fragment>
}

function renderNode(node: LexicalNode, key: number): React.ReactNode {
  const children = (node.children ?? []).map(renderNode)
  switch (node.type) {
    case 'text':
      return renderText(node, key)
    case 'linebreak':
      return <br key={key} />
    case 'tab':
      return ' '
    case 'paragraph':
      return <p key={key}>{children}</p>
    case 'heading':
      // Headings inside a question sit below the page's own: h3 at the most.
      return React.createElement(`h${Math.min(6, Math.max(3, Number(node.tag?.slice(1)) + 2 || 4))}`, { key }, children)
    case 'quote':
      return <blockquote key={key}>{children}</blockquote>
    case 'list':
      return node.listType === 'number' ? <ol key={key}>{children}</ol> : <ul key={key}>{children}</ul>
    case 'listitem':
      return <li key={key}>{children}</li>
    case 'link':
    case 'autolink': {
      const href = safeHref(node.fields?.url ?? node.url)
      if (!href) return <React.Fragment key={key}>{children}</React.Fragment>
      const external = /^https?:/i.test(href)
      return <a key={key} href={href} {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>{children}</a>
    }
    case 'horizontalrule':
      return <hr key={key} />
    case 'upload': {
      const value = typeof node.value === 'object' ? node.value : undefined
      const src = safeHref(value?.url)
      return src ? <img key={key} src={src} alt={value?.alt ?? ''} className="question-media" /> : null
    }
    default:
      return <React.Fragment key={key}>{children}</React.Fragment>
  }
}

/** Lexical JSON as plain React elements (never raw HTML); falls back to the plain text when there is no editor state. */
export function RichText({ value, fallback, className }: { value: unknown; fallback?: string; className?: string }) {
  const root = (value as { root?: LexicalNode } | null)?.root
  if (!root?.children?.length) {
    if (!fallback) return null
    return <div className={className}>{fallback.split(/\n\s*\n/).map((p, i) => <p key={i}>{p}</p>)}</div>
  }
  return <div className={className}>{root.children.map(renderNode)}</div>
}
