export type Subcategory = { id: number; name: string; slug: string; path: string }
export type Category = { id: number; name: string; slug: string; subcategories: Subcategory[] }

/** Chosen categories by slug, each with the subcategory paths chosen under it (none: the whole category). */
export type Chosen = Record<string, string[]>

/**
 * The `categories` and `subcategories` of POST /practice/sessions. The API narrows categories by
 * subcategories (a question must match both), so once any subcategory is ticked, a category chosen
 * whole is sent as all of its subcategories. Pure.
 */
export function practiceFilter(categories: Category[], chosen: Chosen): { categories: string[]; subcategories: string[] } {
  const slugs = Object.keys(chosen)
  if (!slugs.some((slug) => chosen[slug].length > 0)) return { categories: slugs, subcategories: [] }
  const subcategories = slugs.flatMap((slug) => (chosen[slug].length ? chosen[slug] : (categories.find((c) => c.slug === slug)?.subcategories ?? []).map((s) => s.path)))
  return { categories: slugs, subcategories }
}
