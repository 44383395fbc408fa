import type { Config, Payload } from 'payload'

/** A plugin's part of a person's data export: named JSON documents. */
export type PersonalDataSource = (payload: Payload, userId: number) => Promise<Record<string, unknown>>

const KEY = 'personalDataSources'

/** For plugins: adds what the plugin holds about a person to GET /me/export. The core never imports a plugin. */
export function providePersonalData(config: Config, source: PersonalDataSource): Config {
  const existing = (config.custom?.[KEY] as PersonalDataSource[] | undefined) ?? []
  return { ...config, custom: { ...config.custom, [KEY]: [...existing, source] } }
}

/** Every plugin's documents about `userId`. */
export async function pluginPersonalData(payload: Payload, userId: number): Promise<Record<string, unknown>> {
  const sources = (payload.config.custom?.[KEY] as PersonalDataSource[] | undefined) ?? []
  const parts = await Promise.all(sources.map((source) => source(payload, userId)))
  return Object.assign({}, ...parts)
}
