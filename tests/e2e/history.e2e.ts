import { type APIRequestContext, expect, type Page, request as playwrightRequest, test } from '@playwright/test'

import { signIn, snap } from './helpers'

type Json = Record<string, unknown>

async function jwt(api: APIRequestContext, email: string): Promise<Record<string, string>> {
  const res = await api.post('/api/v1/users/login', { data: { email, password: 'practica-demo' } })
  expect(res.status()).toBe(200)
  return { Authorization: `JWT ${(await res.json()).token}` }
}

async function call(api: APIRequestContext, headers: Record<string, string>, method: 'GET' | 'POST', path: string, data?: Json) {
  const res = await api.fetch(`/api/v1${path}`, { method, headers, data })
  expect(res.ok(), `${method} ${path}: ${res.status()} ${await res.text()}`).toBe(true)
  return res.json()
}

/**
 * Through the REST API, as an external client would: a completed and an open practice session, and
 * a submitted sitting of a paper (made by the examiner) whose answers are never released.
 */
async function makeHistory(baseURL: string, email: string, paperName: string) {
  const api = await playwrightRequest.newContext({ baseURL })
  try {
    const examiner = await jwt(api, 'examiner@practica.test')
    const [academy] = (await call(api, examiner, 'GET', '/institutions?where[slug][equals]=royal-surgical-academy&depth=0')).docs
    const questions = (await call(api, examiner, 'GET', '/questions?where[category.slug][equals]=orthopaedic-surgery&limit=3&depth=0&sort=id')).docs as { id: number }[]
    const paper = (await call(api, examiner, 'POST', '/exam-templates', { name: paperName, paper: 'Paper 2', durationMinutes: 20, institution: academy.id, questions: questions.map((q) => q.id), reviewPolicy: 'never' })).doc

    const learner = await jwt(api, email)
    const done = await call(api, learner, 'POST', '/practice/sessions', { categories: ['orthopaedic-surgery'], question_count: 3 })
    const first = done.questions[0] as { id: number; type: string; options?: { id: string }[]; emq?: { stems: { id: string }[] } }
    const answer = first.emq
      ? { matches: Object.fromEntries(first.emq.stems.map((s) => [s.id, first.options![0].id])) }
      : first.options
        ? { selected_option_ids: [first.options[0].id] }
        : { answer: '1' }
    await call(api, learner, 'POST', `/practice/sessions/${done.id}/attempts`, { question_id: first.id, ...answer, time_spent_sec: 20 })
    await call(api, learner, 'POST', `/practice/sessions/${done.id}/complete`, {})
    const open = await call(api, learner, 'POST', '/practice/sessions', { categories: ['urology'], question_count: 2 })

    const sitting = await call(api, learner, 'POST', '/exams/sessions', { template_id: paper.id })
    await call(api, learner, 'POST', `/exams/sessions/${sitting.id}/submit`, {})
    return { completedPractice: done.id as number, openPractice: open.id as number, sitting: sitting.id as number }
  } finally {
    await api.dispose()
  }
}

test('history lists practice sessions and exams with scores, dates and durations, linking to resume, summary, results and review', async ({ page, baseURL }, testInfo) => {
  const paperName = `E2E history ${testInfo.project.name} ${Date.now().toString(36)}`
  const made = await makeHistory(baseURL!, 'learner@practica.test', paperName)

  await signIn(page, 'learner@practica.test', '/')
  await page.getByRole('main').getByRole('link', { name: /Your history/ }).click()
  await expect(page).toHaveURL(/\/history$/)
  const main = page.getByRole('main')
  await expect(main.getByRole('heading', { name: 'Your history' })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' })).toHaveAttribute('aria-current', 'page')

  const exams = main.locator('section').filter({ has: page.getByRole('heading', { name: 'Exams' }) })
  const sittingRow = exams.getByRole('row').filter({ hasText: paperName })
  await expect(sittingRow).toContainText('Submitted')
  await expect(sittingRow).toContainText('%')
  await expect(sittingRow.getByRole('link', { name: /^Results of/ })).toHaveAttribute('href', `/exams/${made.sitting}`)

  const practice = main.locator('section').filter({ has: page.getByRole('heading', { name: 'Practice sessions' }) })
  await expect(practice.getByRole('link', { name: /^Resume practice session/ }).first()).toHaveAttribute('href', `/practice/${made.openPractice}`)
  const completedRow = practice.getByRole('row').filter({ has: page.locator(`a[href="/practice/${made.completedPractice}"]`) })
  await expect(completedRow).toContainText('Orthopaedic surgery')
  await expect(completedRow).toContainText('1 of 3')
  await expect(completedRow).toContainText('Completed')
  await snap(page, testInfo, 'history')

  await completedRow.getByRole('link', { name: /^Summary of/ }).click()
  await expect(main.getByRole('heading', { name: 'Session summary' })).toBeVisible()
  await page.goBack()

  // The paper never releases answers: the review says so, in the server's words.
  await sittingRow.getByRole('link', { name: /^Review of/ }).click()
  await expect(main.getByRole('heading', { name: 'Review not available' })).toBeVisible()
  await expect(main.getByRole('alert')).toHaveText('This paper does not release answers.')
  await snap(page, testInfo, 'history-review-closed')

  await page.goto(`/practice/${made.openPractice}`)
  await expect(main.getByRole('heading', { name: 'Question 1', exact: true })).toBeVisible()
})
