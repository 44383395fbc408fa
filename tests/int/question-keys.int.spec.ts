import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { getTestApp } from '../helpers/app'
import { createKeyedQuestions, leaks, secretMarker } from '../helpers/questions'
import { api, gql, login } from '../helpers/rest'
import { DEMO_PASSWORD, ensureSeeded } from '../helpers/seedFixtures'

let payload: Payload
let ids: number[]
let category: number
const marker = secretMarker()
const tokens: Record<string, string | undefined> = {}

beforeAll(async () => {
  payload = await getTestApp()
  await ensureSeeded(payload)
  ;({ ids, category } = await createKeyedQuestions(payload, marker))
  tokens.learner = await login('learner2@practica.test', DEMO_PASSWORD)
  tokens.ta = await login('ta@practica.test', DEMO_PASSWORD)
  tokens.anonymous = undefined
})

const callers = ['learner', 'ta', 'anonymous'] as const

describe.each(callers)('answer keys never reach %s', (who) => {
  const token = () => tokens[who]
  const readable = who !== 'anonymous'

  it('REST list and by id', async () => {
    const list = await api('GET', `/api/v1/questions?limit=500&depth=0&where[id][in]=${ids.join(',')}`, { token: token() })
    if (!readable) return expect(list.status).toBe(403)
    expect(list.status).toBe(200)
    expect(list.body.docs.map((d: { id: number }) => d.id).sort()).toEqual([...ids].sort())
    expect(leaks(list.body, marker)).toEqual([])
    for (const id of ids) {
      const one = await api('GET', `/api/v1/questions/${id}?depth=2`, { token: token() })
      expect(one.status).toBe(200)
      expect(leaks(one.body, marker)).toEqual([])
      expect(one.body.options?.[0]?.text ?? one.body.stem).toBeTruthy()
    }
  })

  it('select', async () => {
    const res = await api('GET', `/api/v1/questions/${ids[0]}?select[options][isCorrect]=true&select[options][feedback]=true&select[explanation]=true&select[references]=true`, { token: token() })
    expect(res.status).toBe(readable ? 200 : 403)
    expect(leaks(res.body, marker)).toEqual([])
  })

  it.each([
    'where[options.isCorrect][equals]=true',
    'where[acceptedAnswers.text][like]=SECRET',
    'where[numericalAnswers.value][equals]=4242',
    'where[or][0][explanation][like]=Because',
    'where[emqStems.answer][equals]=A',
    'sort=options.isCorrect',
    'sort=-numericalAnswers.value',
  ])('refuses to filter or sort by a key: %s', async (query) => {
    const res = await api('GET', `/api/v1/questions?${query}`, { token: token() })
    expect(res.status).toBe(403)
    expect(leaks(res.body, marker)).toEqual([])
    if (query.startsWith('where')) {
      const count = await api('GET', `/api/v1/questions/count?${query}`, { token: token() })
      expect(count.status).toBe(403)
    }
  })

  it('depth population from another document (category → questions join)', async () => {
    const res = await api('GET', `/api/v1/categories/${category}?depth=2&joins[questions][limit]=100`, { token: token() })
    expect(res.status).toBe(200)
    expect(leaks(res.body, marker)).toEqual([])
    const joined = (res.body.questions?.docs ?? []).map((d: number | { id: number }) => (typeof d === 'object' ? d.id : d))
    if (!readable) expect(joined.filter((id: number) => ids.includes(id))).toEqual([])
  })

  it('versions', async () => {
    const list = await api('GET', '/api/v1/questions/versions?limit=100', { token: token() })
    expect(list.status).toBe(403)
    expect(leaks(list.body, marker)).toEqual([])
    const any = await payload.findVersions({ collection: 'questions', where: { parent: { equals: ids[0] } }, limit: 1 })
    const one = await api('GET', `/api/v1/questions/versions/${any.docs[0].id}`, { token: token() })
    expect([403, 404]).toContain(one.status)
    expect(leaks(one.body, marker)).toEqual([])
  })

  it('GraphQL', async () => {
    const res = await gql(
      `{ Questions(limit: 100) { docs { id options { isCorrect fraction feedback } explanation references { citation } acceptedAnswers { text } numericalAnswers { value } emqStems { answer } } } }`,
      {},
      token(),
    )
    expect(leaks(res.body.data, marker)).toEqual([])
    const filtered = await gql('{ Questions(where: { options__isCorrect: { equals: true } }) { totalDocs } }', {}, token())
    expect(filtered.body.errors?.length).toBeGreaterThan(0)
    const versions = await gql('{ versionsQuestions { docs { version { explanation } } } }', {}, token())
    expect(versions.body.errors?.length).toBeGreaterThan(0)
    expect(leaks(versions.body.data, marker)).toEqual([])
  })
})

describe('staff who author or examine see the keys', () => {
  it('an editor reads every key field, by REST and GraphQL', async () => {
    const editor = await login('editor@practica.test', DEMO_PASSWORD)
    const res = await api('GET', `/api/v1/questions/${ids[0]}`, { token: editor })
    expect(res.body.options.find((o: { text: string }) => o.text === 'Ulnar').isCorrect).toBe(true)
    expect(res.body.options[0].feedback).toBe(`${marker}-feedback`)
    expect(res.body.references[0].citation).toBe(`${marker}-reference`)
    const filtered = await api('GET', `/api/v1/questions?where[options.isCorrect][equals]=true&where[id][in]=${ids.join(',')}`, { token: editor })
    expect(filtered.status).toBe(200)
    const examiner = await login('examiner@practica.test', DEMO_PASSWORD)
    const g = await gql(`{ Question(id: ${ids[1]}) { acceptedAnswers { text } } }`, {}, examiner)
    expect(g.body.data.Question.acceptedAnswers[0].text).toBe(`${marker}-answer`)
  })

  it('staff of another institution see neither the unshared questions nor their keys', async () => {
    const other = await login('hospital-admin@practica.test', DEMO_PASSWORD)
    const res = await api('GET', `/api/v1/questions/${ids[0]}`, { token: other })
    expect(res.status).toBe(404)
    const versions = await api('GET', `/api/v1/questions/versions?where[parent][equals]=${ids[0]}`, { token: other })
    expect(versions.body.docs ?? []).toEqual([])
  })
})
