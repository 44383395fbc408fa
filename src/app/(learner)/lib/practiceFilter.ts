export type Subcategory = { id: number; name: string; slug: string; path: string }
export type Category = { id: number; name: string; slug: string; subcategories: Subcategory[] }

/** Chosen categories by slug, each with the subcategory paths chosen under it (none: the whole category). */
export type Chosen = Record<string, string[]>

/**
 * The `categories` and `subcategories` of POST /practice/sessions. The API narrows a chosen category
 * to the subcategories chosen within it and keeps a category chosen whole whole, so the choice is
 * sent as it is (less any slug the bank does not have, e.g. from an old link). Pure.
 */
export function practiceFilter(categories: Category[], chosen: Chosen): { categories: string[]; subcategories: string[] } {
  const slugs = Object.keys(chosen).filter((slug) => categories.some((c) => c.slug === slug))
  return { categories: slugs, subcategories: slugs.flatMap((slug) => chosen[slug]) }
}
