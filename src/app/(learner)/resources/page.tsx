'use client'

import React, { useEffect, useState } from 'react'

import { ResourceLine } from '../components/ResourceLine'
import { ErrorNotice, Loading } from '../components/Status'
import { RESOURCE_KINDS, type ResourceFilters, resourceQuery } from '../lib/resourceQuery'
import type { Page } from '../lib/types'
import { useApi } from '../lib/useApi'
import { useDocumentTitle } from '../lib/useDocumentTitle'
import { useMe } from '../lib/useMe'

type MediaDoc = { url?: string | null } | number | null
type ResourceDoc = {
  id: number
  title: string
  kind: string
  author?: string | null
  description?: string | null
  url?: string | null
  file?: MediaDoc
  duration_sec?: number | null
  featured?: boolean
  category?: { slug: string; name: string } | number | null
}
type CategoryDoc = { id: number; name: string; slug: string }

const CATEGORIES = '/categories?where[parent][exists]=false&limit=100&sort=order&depth=0&select[name]=true&select[slug]=true&joins[questions]=false&joins[subcategories]=false'

const linkOf = (r: ResourceDoc) => r.url || (r.file && typeof r.file === 'object' ? (r.file.url ?? '') : '')

/** The resources library: every resource the learner may see, filtered by topic, kind and featured, searchable. */
export default function ResourcesLibrary() {
  useDocumentTitle('Resources')
  const { me } = useMe()
  const [filters, setFilters] = useState<ResourceFilters>(() => {
    const params = typeof window === 'undefined' ? null : new URLSearchParams(window.location.search)
    return { search: '', category: params?.get('category') ?? '', kind: params?.get('kind') ?? '', featured: params?.get('featured') === 'true' }
  })
  const [search, setSearch] = useState(filters.search)
  const [page, setPage] = useState(1)
  const [shown, setShown] = useState<ResourceDoc[]>([])
  const categories = useApi<{ docs: CategoryDoc[] }>(me ? CATEGORIES : null)
  const current = useApi<Page<ResourceDoc>>(me ? resourceQuery(filters, page) : null)

  // Pages add up; new filters start again from the first page.
  useEffect(() => {
    if (current.data) setShown((before) => (current.data!.page === 1 ? current.data!.docs : [...before, ...current.data!.docs.filter((d) => !before.some((b) => b.id === d.id))]))
  }, [current.data])
  const change = (next: Partial<ResourceFilters>) => {
    setFilters({ ...filters, ...next })
    setPage(1)
  }

  if (!me) return <Loading />
  return (
    <>
      <h1 className="page-title">Resources</h1>
      <section className="card">
        <form
          className="filters"
          role="search"
          onSubmit={(e) => {
            e.preventDefault()
            change({ search })
          }}
        >
          <div>
            <label htmlFor="resource-search">Search</label>
            <input id="resource-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="Title, author or topic" />
          </div>
          <div>
            <label htmlFor="resource-category">Category</label>
            <select id="resource-category" value={filters.category} onChange={(e) => change({ category: e.target.value })}>
              <option value="">All categories</option>
              {(categories.data?.docs ?? []).map((c) => (
                <option key={c.id} value={c.slug}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="resource-kind">Kind</label>
            <select id="resource-kind" value={filters.kind} onChange={(e) => change({ kind: e.target.value })}>
              <option value="">All kinds</option>
              {RESOURCE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {k[0].toUpperCase() + k.slice(1)}
                </option>
              ))}
            </select>
          </div>
          <div className="check">
            <input id="resource-featured" type="checkbox" checked={filters.featured} onChange={(e) => change({ featured: e.target.checked })} />
            <label htmlFor="resource-featured">High-yield only</label>
          </div>
          <button type="submit">Search</button>
        </form>
      </section>
      <section className="card" aria-live="polite" aria-busy={!current.data && !current.error}>
        {current.error ? (
          <ErrorNotice error={current.error} onRetry={current.reload} />
        ) : !current.data ? (
          <Loading />
        ) : shown.length === 0 ? (
          <p className="muted">No resources match these filters.</p>
        ) : (
          <>
            <p className="muted">
              {current.data.totalDocs} {current.data.totalDocs === 1 ? 'resource' : 'resources'}
            </p>
            <ul className="plain-list resource-list">
              {shown.map((r) => (
                <li key={r.id} className="resource">
                  <ResourceLine resource={{ title: r.title, url: linkOf(r), kind: r.kind, duration_sec: r.duration_sec ?? null, author: r.author ?? null }} />
                  {r.featured && <span className="chip">High-yield</span>}
                  {r.category && typeof r.category === 'object' && <span className="chip">{r.category.name}</span>}
                  {r.description && <p className="resource-description">{r.description}</p>}
                </li>
              ))}
            </ul>
            {current.data.hasNextPage && (
              <button type="button" className="secondary" onClick={() => setPage(current.data!.page + 1)}>
                Show more
              </button>
            )}
          </>
        )}
      </section>
    </>
  )
}
