import type { Payload } from 'payload'

import { textToLexical } from '../../src/questions/lexical'
import { api, login } from './rest'
import { DEMO_PASSWORD, institutionId } from './seedFixtures'

export const secretMarker = () => `SECRET-${Math.random().toString(36).slice(2, 10)}`

/** One published question of each keyed shape, created through REST by the academy's editor. */
export async function createKeyedQuestions(payload: Payload, marker: string) {
  const editor = await login('editor@practica.test', DEMO_PASSWORD)
  const academy = await institutionId(payload, 'royal-surgical-academy')
  const category = (await payload.find({ collection: 'categories', where: { parent: { exists: false } }, limit: 1, overrideAccess: true })).docs[0]
  const base = { institution: academy, category: category.id, difficulty: 3, _status: 'published', explanation: textToLexical(`Because ${marker}-explanation`), references: [{ citation: `${marker}-reference` }] }
  const bodies = [
    { ...base, type: 'sba', stem: textToLexical(`Which nerve? ${marker}`), options: [{ text: 'Radial', isCorrect: false, feedback: `${marker}-feedback` }, { text: 'Ulnar', isCorrect: true, fraction: 1 }, { text: 'Median', isCorrect: false }] },
    { ...base, type: 'short-answer', stem: textToLexical(`Name the muscle ${marker}`), acceptedAnswers: [{ text: `${marker}-answer`, fraction: 1 }] },
    { ...base, type: 'numerical', stem: textToLexical(`How many ${marker}`), numericalAnswers: [{ value: 4242, tolerance: 1, fraction: 1 }] },
    { ...base, type: 'emq', emqTheme: 'Nerves', stem: textToLexical(`Match ${marker}`), options: [{ text: 'Radial' }, { text: 'Ulnar' }], emqStems: [{ prompt: 'Wrist drop', answer: 'A' }] },
  ]
  const ids: number[] = []
  for (const body of bodies) {
    const res = await api('POST', '/api/v1/questions', { token: editor, body })
    if (res.status !== 201) throw new Error(`could not create ${body.type}: ${JSON.stringify(res.body)}`)
    ids.push(res.body.doc.id)
  }
  return { ids, editor, academy, category: category.id as number }
}

const KEY_NAMES = ['isCorrect', 'fraction', 'feedback', 'explanation', 'references', 'acceptedAnswers', 'numericalAnswers', 'answer']

/** Every place a key could hide in a response body: key-named properties with a value, or the marker text. */
export function leaks(body: unknown, marker: string): string[] {
  const found: string[] = []
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string' && value.includes(marker) && !/Which nerve|Name the muscle|How many|Match/.test(value)) found.push(`${path}=${value}`)
    if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const empty = child === undefined || child === null || (Array.isArray(child) && child.length === 0)
        if (KEY_NAMES.includes(key) && !empty) found.push(`${path}.${key}`)
        walk(child, `${path}.${key}`)
      }
    }
  }
  walk(body, '$')
  return found
}
