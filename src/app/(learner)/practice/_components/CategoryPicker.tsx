'use client'

import React from 'react'

import type { Category, Chosen } from '../../lib/practiceFilter'

/** Categories as checkboxes; a chosen category opens its subcategories, which narrow it when any is ticked. */
export function CategoryPicker({ categories, chosen, onChange }: { categories: Category[]; chosen: Chosen; onChange: (next: Chosen) => void }) {
  const toggleCategory = (slug: string, on: boolean) => {
    const next = { ...chosen }
    if (on) next[slug] = []
    else delete next[slug]
    onChange(next)
  }
  const toggleSub = (slug: string, path: string, on: boolean) => {
    const current = chosen[slug] ?? []
    onChange({ ...chosen, [slug]: on ? [...current, path] : current.filter((p) => p !== path) })
  }
  return (
    <fieldset className="categories">
      <legend>Categories</legend>
      <p className="muted hint" id="categories-hint">Choose none to practise across every category.</p>
      <ul className="category-list" aria-describedby="categories-hint">
        {categories.map((c) => {
          const id = `category-${c.slug}`
          const subs = chosen[c.slug]
          return (
            <li key={c.id}>
              <div className="check">
                <input id={id} type="checkbox" checked={subs !== undefined} onChange={(e) => toggleCategory(c.slug, e.target.checked)} />
                <label htmlFor={id}>{c.name}</label>
              </div>
              {subs !== undefined && c.subcategories.length > 0 && (
                <fieldset className="subcategories">
                  <legend>Subcategories of {c.name} <span className="muted">(optional; none means all)</span></legend>
                  {c.subcategories.map((s) => {
                    const subId = `subcategory-${s.path.replace(/[^a-z0-9-]/gi, '-')}`
                    return (
                      <div key={s.id} className="check">
                        <input id={subId} type="checkbox" checked={subs.includes(s.path)} onChange={(e) => toggleSub(c.slug, s.path, e.target.checked)} />
                        <label htmlFor={subId}>{s.name}</label>
                      </div>
                    )
                  })}
                </fieldset>
              )}
            </li>
          )
        })}
      </ul>
    </fieldset>
  )
}
