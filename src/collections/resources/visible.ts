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

const fileUrl = (filename: string | null) => (filename ? `/api/v1/media/file/${encodeURIComponent(filename)}` : null)

type Filter = { userId: number; categoryIds?: number[] | null; featuredOnly?: boolean; limit: number }

/**
 * Published resources a learner may see (shared ones and their institutions'), featured first, then
 * newest. With `categoryIds`, at most `limit` per category (for suggested topics); else `limit` in all.
 */
export async function visibleResources(db: Pick<Tx, 'query'>, f: Filter): Promise<ResourceCard[]> {
  const { rows } = await db.query<{
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
  }>(
    `with member as (select institution_id from users_memberships where _parent_id = $1),
     ranked as (
       select r.*, row_number() over (partition by case when $2::int[] is null then 0 else r.category_id end
                                      order by r.featured desc, r.published_at desc nulls last, r.id desc) as n
         from resources r
        where r._status = 'published'
          and (r.shared or r.institution_id in (select institution_id from member))
          and ($2::int[] is null or r.category_id = any($2::int[]))
          and (not $3::boolean or r.featured))
     select r.id, r.kind::text as kind, r.title, r.author, r.duration_sec::int as duration_sec, r.url, f.filename as file,
            t.filename as thumb, t.sizes_thumbnail_filename as thumb_small, c.slug, c.name, r.featured
       from ranked r
       left join media f on f.id = r.file_id
       left join media t on t.id = r.thumbnail_id
       left join categories c on c.id = r.category_id
      where r.n <= $4
      order by r.featured desc, r.published_at desc nulls last, r.id desc`,
    [f.userId, f.categoryIds ?? null, f.featuredOnly ?? false, f.limit],
  )
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    title: r.title,
    author: r.author,
    duration_sec: r.duration_sec,
    url: r.url ?? fileUrl(r.file) ?? '',
    thumbnail_url: fileUrl(r.thumb_small ?? r.thumb),
    category: r.slug ? { slug: r.slug, name: r.name! } : null,
    featured: r.featured,
  }))
}
