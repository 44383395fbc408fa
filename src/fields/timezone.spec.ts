import { describe, expect, it } from 'vitest'

import { isTimeZone, timezoneField } from './timezone'

describe('time zone field', () => {
  it('accepts IANA zones and UTC, rejects others', () => {
    for (const zone of ['Europe/London', 'Asia/Karachi', 'America/New_York', 'UTC']) expect(isTimeZone(zone)).toBe(true)
    for (const zone of ['Mars/Olympus', 'GMT+25', '', 3]) expect(isTimeZone(zone)).toBe(false)
  })

  it('validates with a message naming the bad value', () => {
    const field = timezoneField({ name: 'timezone' })
    const validate = field.validate as (value: unknown) => true | string
    expect(validate('Europe/Dublin')).toBe(true)
    expect(validate(null)).toBe(true)
    expect(validate('Nowhere/Land')).toMatch(/"Nowhere\/Land" is not an IANA time zone/)
  })
})
