import { prepared } from '@/db/prepared'
import type { Tx } from '@/db/sql'

/** A resource as the dashboard and recommendations show it (seed 000's `featured_resources` item). */
export type ResourceCard = {
  id: number
  kind: string
  title: string
  author: string | null
  duration_sec: number | null
  url: string
  thumbnail_url: string | null
  category: { slug: string; name: string } | null
  featured: boolean
}

/** What the SQL below gives per resource (a JSON object). */
type CardRow = {
  id: number
  kind: string
  title: string
  author: string | null
  duration_sec: number | null
  url: string | null
  file: string | null
  thumb: string | null
  thumb_small: string | null
  slug: string | null
  name: string | null
  featured: boolean
}

const fileUrl = (filename: string | null) => (filename ? `/api/v1/media/file/${encodeURIComponent(filename)}` : null)

/** A card from one row of `resourceCardsSql`'s JSON. */
export const cardOf = (r: CardRow): ResourceCard => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  author: r.author,
  duration_sec: r.duration_sec,
  url: r.url ?? fileUrl(r.file) ?? '',
  thumbnail_url: fileUrl(r.thumb_small ?? r.thumb),
  category: r.slug ? { slug: r.slug, name: r.name! } : null,
  featured: r.featured,
})

/** The cards of a `resourceCardsSql` value. */
export const cardsOf = (json: unknown): ResourceCard[] => ((json as CardRow[] | null) ?? []).map(cardOf)

/** SQL expressions (parameters or literals) for the filter of `resourceCardsSql`. */
type FilterSql = { userId: string; categoryIds: string; featuredOnly: string; limit: string }

/**
 * A SQL expression giving, as a JSON array, the published resources a learner may see (shared ones
 * and their institutions'), featured first, then newest. With `categoryIds` (an int[] expression,
 * not null) at most `limit` per category, for suggested topics; with null, `limit` in all. As an
 * expression, it can be one column of a larger statement (the dashboard's single round trip).
 */
export const resourceCardsSql = (f: FilterSql) => `(
  select coalesce(json_agg(json_build_object('id', r.id, 'kind', r.kind::text, 'title', r.title, 'author', r.author, 'duration_sec', r.duration_sec::int,
           'url', r.url, 'file', f.filename, 'thumb', t.filename, 'thumb_small', t.sizes_thumbnail_filename, 'slug', c.slug, 'name', c.name, 'featured', r.featured)
           order by r.featured desc, r.published_at desc nulls last, r.id desc), '[]'::json)
    from (select ${f.categoryIds} as ids, ${f.userId} as user_id, ${f.featuredOnly} as featured_only) p
    cross join lateral (
      select r.*, row_number() over (partition by case when p.ids is null then 0 else r.category_id end
                                     order by r.featured desc, r.published_at desc nulls last, r.id desc) as n
        from resources r
       where r._status = 'published'
         and (r.shared or r.institution_id in (select m.institution_id from users_memberships m where m._parent_id = p.user_id))
         and (p.ids is null or r.category_id = any(p.ids))
         and (not p.featured_only or r.featured)) r
    left join media f on f.id = r.file_id
    left join media t on t.id = r.thumbnail_id
    left join categories c on c.id = r.category_id
   where r.n <= ${f.limit})`

const VISIBLE = `select ${resourceCardsSql({ userId: '$1::int', categoryIds: '$2::int[]', featuredOnly: '$3::boolean', limit: '$4::int' })} as cards`

type Filter = { userId: number; categoryIds?: number[] | null; featuredOnly?: boolean; limit: number }

/** `resourceCardsSql` on its own: with `categoryIds`, at most `limit` per category; else `limit` in all. */
export async function visibleResources(db: Pick<Tx, 'query'>, f: Filter): Promise<ResourceCard[]> {
  const { rows } = await db.query<{ cards: unknown }>(prepared(VISIBLE, [f.userId, f.categoryIds ?? null, f.featuredOnly ?? false, f.limit]))
  return cardsOf(rows[0].cards)
}
