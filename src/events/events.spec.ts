import type { Config, Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import type { Tx } from '@/db/sql'
import { emit, type Registration, type SessionCompleted, subscribe } from './index'

describe('learning-event bus', () => {
  it('delivers an event to the listeners a plugin subscribed, in order, with the transaction', async () => {
    const calls: string[] = []
    let config = {} as Config
    config = subscribe(config, 'session.completed', (e, { tx }) => void calls.push(`first ${e.sessionId} ${String(tx)}`))
    config = subscribe(config, 'exam.submitted', () => void calls.push('wrong type'))
    config = subscribe(config, 'session.completed', async (e) => void calls.push(`second ${e.sessionId}`))
    const payload = { config } as unknown as Payload
    await emit(payload, 'tx' as unknown as Tx, 'session.completed', { sessionId: 5 } as SessionCompleted)
    expect(calls).toEqual(['first 5 tx', 'second 5'])
  })

  it('propagates a listener failure so the emitting transaction rolls back', async () => {
    const config = subscribe({} as Config, 'session.completed', () => {
      throw new Error('boom')
    })
    await expect(emit({ config } as unknown as Payload, {} as Tx, 'session.completed', {} as SessionCompleted)).rejects.toThrow('boom')
  })

  it('tags each registration with the plugin that subscribed, and leaves an untagged one untagged', () => {
    let config = subscribe({} as Config, 'session.completed', () => undefined, 'analytics')
    config = subscribe(config, 'exam.submitted', () => undefined)
    const registrations = config.custom?.learningEventListeners as Registration[]
    expect(registrations.map((r) => [r.type, r.by])).toEqual([
      ['session.completed', 'analytics'],
      ['exam.submitted', undefined],
    ])
    expect('by' in registrations[1]).toBe(false)
  })
})
