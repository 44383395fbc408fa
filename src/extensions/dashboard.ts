import type { Config, Payload } from 'payload'

import { cardsOf, type ResourceCard, resourceCardsSql } from '@/collections/resources/visible'

/** A topic the learner should study next (seed 000's `suggested_topics`); plugins may add fields (resources, the practice request). */
export type SuggestedTopic = { category: string; slug: string; score_percent: number | null; reason: string } & Record<string, unknown>
/** A resource worth the learner's time (seed 000's `featured_resources`). */
export type FeaturedResource = ResourceCard

/** How many featured resources the dashboard shows. */
export const FEATURED_LIMIT = 4

/**
 * A part of the dashboard computed inside the dashboard's one statement: `sql` is an expression over
 * `$1` (the learner's id), and `read` turns its value into the section. `read` may run queries of its
 * own when the value says it must (a learner whose suggestions were never computed).
 */
export type DashboardSection<T> = { sql: string; read: (value: unknown, payload: Payload, userId: number) => T | Promise<T> }

type Sections = { suggestedTopics?: DashboardSection<SuggestedTopic[]>; featuredResources?: DashboardSection<FeaturedResource[]> }

const KEY = 'dashboardProviders'

/**
 * For plugins: contributes a part of the learner dashboard (the recommendations plugin suggests
 * topics and picks resources for them). Suggested topics nobody provides are empty, and featured
 * resources default to the newest featured ones. Plugins meet here, never in each other's files.
 */
export function provideDashboard(config: Config, sections: Sections): Config {
  const existing = (config.custom?.[KEY] as Sections | undefined) ?? {}
  return { ...config, custom: { ...config.custom, [KEY]: { ...existing, ...sections } } }
}

const NO_TOPICS: DashboardSection<SuggestedTopic[]> = { sql: `'[]'::json`, read: () => [] }
// Without a plugin's choice, the newest featured resources the learner may see.
const NEWEST_FEATURED: DashboardSection<FeaturedResource[]> = {
  sql: resourceCardsSql({ userId: '$1::int', categoryIds: 'null::int[]', featuredOnly: 'true', limit: String(FEATURED_LIMIT) }),
  read: cardsOf,
}

export type ExtrasRow = { suggested_topics: unknown; featured_resources: unknown }

/** The registered sections as columns of the dashboard's statement (`suggested_topics`, `featured_resources`), and how to read them from its row. */
export function dashboardExtras(payload: Payload) {
  const sections = (payload.config.custom?.[KEY] as Sections | undefined) ?? {}
  const topics = sections.suggestedTopics ?? NO_TOPICS
  const featured = sections.featuredResources ?? NEWEST_FEATURED
  return {
    columns: `${topics.sql} as suggested_topics,\n  ${featured.sql} as featured_resources`,
    read: async (row: ExtrasRow, userId: number): Promise<{ suggested_topics: SuggestedTopic[]; featured_resources: FeaturedResource[] }> => ({
      suggested_topics: await topics.read(row.suggested_topics, payload, userId),
      featured_resources: await featured.read(row.featured_resources, payload, userId),
    }),
  }
}
