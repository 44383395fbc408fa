import type { Config, Payload } from 'payload'

/** A topic the learner should study next (seed 000's `suggested_topics`). */
export type SuggestedTopic = { category: string; slug: string; score_percent: number | null; reason: string }
/** A resource worth the learner's time (seed 000's `featured_resources`). */
export type FeaturedResource = { kind: string; title: string; duration_sec: number | null; url: string }

type Providers = {
  suggestedTopics?: (payload: Payload, userId: number) => Promise<SuggestedTopic[]>
  featuredResources?: (payload: Payload, userId: number) => Promise<FeaturedResource[]>
}

const KEY = 'dashboardProviders'

/**
 * For plugins: contributes a part of the learner dashboard (the recommendations plugin suggests
 * topics; a resources feature features resources). The dashboard asks whoever registered; a part
 * nobody provides is empty. Plugins meet here, never in each other's files.
 */
export function provideDashboard(config: Config, providers: Providers): Config {
  const existing = (config.custom?.[KEY] as Providers | undefined) ?? {}
  return { ...config, custom: { ...config.custom, [KEY]: { ...existing, ...providers } } }
}

export async function dashboardExtras(payload: Payload, userId: number): Promise<{ suggested_topics: SuggestedTopic[]; featured_resources: FeaturedResource[] }> {
  const providers = (payload.config.custom?.[KEY] as Providers | undefined) ?? {}
  const [suggested_topics, featured_resources] = await Promise.all([
    providers.suggestedTopics?.(payload, userId) ?? [],
    providers.featuredResources?.(payload, userId) ?? [],
  ])
  return { suggested_topics, featured_resources }
}
