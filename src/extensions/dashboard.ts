import type { Config, Payload } from 'payload'

import { type ResourceCard, visibleResources } from '@/collections/resources/visible'
import { poolOf } from '@/db/sql'

/** A topic the learner should study next (seed 000's `suggested_topics`); plugins may add fields (resources, the practice request). */
export type SuggestedTopic = { category: string; slug: string; score_percent: number | null; reason: string } & Record<string, unknown>
/** A resource worth the learner's time (seed 000's `featured_resources`). */
export type FeaturedResource = ResourceCard

/** How many featured resources the dashboard shows. */
export const FEATURED_LIMIT = 4

type Providers = {
  suggestedTopics?: (payload: Payload, userId: number) => Promise<SuggestedTopic[]>
  featuredResources?: (payload: Payload, userId: number) => Promise<FeaturedResource[]>
}

const KEY = 'dashboardProviders'

/**
 * For plugins: contributes a part of the learner dashboard (the recommendations plugin suggests
 * topics and picks resources for them). The dashboard asks whoever registered; suggested topics nobody
 * provides are empty, and featured resources default to the newest featured ones. Plugins meet here, never in each other's files.
 */
export function provideDashboard(config: Config, providers: Providers): Config {
  const existing = (config.custom?.[KEY] as Providers | undefined) ?? {}
  return { ...config, custom: { ...config.custom, [KEY]: { ...existing, ...providers } } }
}

export async function dashboardExtras(payload: Payload, userId: number): Promise<{ suggested_topics: SuggestedTopic[]; featured_resources: FeaturedResource[] }> {
  const providers = (payload.config.custom?.[KEY] as Providers | undefined) ?? {}
  const [suggested_topics, featured_resources] = await Promise.all([
    providers.suggestedTopics?.(payload, userId) ?? [],
    // Without a plugin's choice, the newest featured resources the learner may see.
    providers.featuredResources?.(payload, userId) ?? visibleResources(poolOf(payload), { userId, featuredOnly: true, limit: FEATURED_LIMIT }),
  ])
  return { suggested_topics, featured_resources }
}
