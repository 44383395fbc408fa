import type { TextField } from 'payload'

const zones = new Set(Intl.supportedValuesOf('timeZone').concat('UTC'))

export const isTimeZone = (value: unknown): value is string => typeof value === 'string' && zones.has(value)

/** An IANA time zone (e.g. "Europe/London"); days in learner statistics are counted in it. */
export const timezoneField = (overrides: { name: string; defaultValue?: string; admin?: TextField['admin'] }): TextField => ({
  type: 'text',
  defaultValue: 'UTC',
  validate: (value: unknown) => (value == null || value === '' || isTimeZone(value) ? true : `"${String(value)}" is not an IANA time zone such as "Europe/London".`),
  admin: { description: 'IANA time zone, e.g. Europe/London.' },
  ...overrides,
})
