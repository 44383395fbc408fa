import { type APIRequestContext, expect, type Page, request as playwrightRequest, test } from '@playwright/test'

import { signIn, snap } from './helpers'

/**
 * The spec makes its own paper through the REST API as the academy's examiner, so it does not
 * depend on the seed's templates: six urology questions, one of each type, in a fixed order.
 */
type Paper = { id: number; name: string }

async function signInApi(api: APIRequestContext, email: string): Promise<Record<string, string>> {
  const res = await api.post('/api/v1/users/login', { data: { email, password: 'practica-demo' } })
  expect(res.status()).toBe(200)
  return { Authorization: `JWT ${(await res.json()).token}` }
}

async function createPaper(baseURL: string, name: string, overrides: Record<string, unknown> = {}): Promise<Paper> {
  const api = await playwrightRequest.newContext({ baseURL })
  try {
    const headers = await signInApi(api, 'examiner@practica.test')
    const get = async (path: string) => (await (await api.get(`/api/v1${path}`, { headers })).json()).docs
    const [academy] = await get('/institutions?where[slug][equals]=royal-surgical-academy&depth=0')
    const questions: { id: number; type: string }[] = await get('/questions?where[category.slug][equals]=urology&limit=50&depth=0&sort=id&select[type]=true')
    const order = ['sba', 'multiple-response', 'true-false', 'emq', 'short-answer', 'numerical']
    const ids = order.map((type) => questions.find((q) => q.type === type)!.id)
    const res = await api.post('/api/v1/exam-templates', {
      headers,
      data: { name, paper: 'Paper 1', durationMinutes: 30, institution: academy.id, questions: ids, passMark: 50, reviewPolicy: 'immediate', scoring: { mode: 'all-or-nothing', certaintyBased: true }, ...overrides },
    })
    expect(res.status(), await res.text()).toBe(201)
    return (await res.json()).doc
  } finally {
    await api.dispose()
  }
}

const clockSeconds = (text: string) => text.split(':').map(Number).reduce((total, part) => total * 60 + part, 0)

test('a learner sits an exam: answers, flags, reloads with every answer and the time kept, rides out a lost connection, submits and reviews', async ({ page, baseURL }, testInfo) => {
  const paper = await createPaper(baseURL!, `E2E mock ${testInfo.project.name} ${Date.now().toString(36)}`)
  await signIn(page, 'learner2@practica.test', '/exams')
  const main = page.getByRole('main')
  const card = main.getByRole('listitem').filter({ has: page.getByRole('heading', { name: paper.name }) })
  await expect(card).toContainText('30 minutes')
  await expect(card).toContainText('0 used (no limit)')
  await snap(page, testInfo, 'exam-papers')
  await card.getByRole('button', { name: 'Start exam' }).click()
  const startDialog = page.getByRole('dialog', { name: `Start ${paper.name}?` })
  await expect(startDialog).toContainText('30 minutes for 6 questions')
  await startDialog.getByRole('button', { name: 'Start now' }).click()
  await expect(page).toHaveURL(/\/exams\/\d+$/)

  const timer = main.getByRole('timer')
  await expect(timer).toHaveText(/^(30:00|29:\d\d)$/)
  const navigator = main.getByRole('navigation', { name: 'Questions' })
  const saved = main.locator('.save-status .save-text')
  const go = (n: number) => navigator.getByRole('button', { name: new RegExp(`^Question ${n},`) }).click()
  const heading = (n: number) => main.getByRole('heading', { name: `Question ${n} of 6` })

  // 1: single best answer, with a confidence (the paper uses certainty-based marking).
  await expect(heading(1)).toBeVisible()
  await main.getByRole('radio').first().check()
  await main.getByLabel(/^Very sure/).check()
  // 2: multiple response, flagged.
  await main.getByRole('button', { name: 'Next' }).click()
  await expect(heading(2)).toBeVisible()
  await main.locator('.answer-options').getByRole('checkbox').nth(0).check()
  await main.locator('.answer-options').getByRole('checkbox').nth(2).check()
  await main.getByRole('button', { name: 'Flag for review' }).click()
  // 3: true or false.
  await go(3)
  await expect(heading(3)).toBeVisible()
  await main.getByLabel('B. False').check()
  // 4: extended matching, a select per stem.
  await go(4)
  const selects = main.locator('.emq-stem select')
  const stems = await selects.count()
  for (let i = 0; i < stems; i++) await selects.nth(i).selectOption({ index: i + 1 })
  // 5: short answer, typed.
  await go(5)
  await main.getByLabel('Your answer').fill('Calcium oxalate')
  // 6: flagged, left unanswered for now.
  await go(6)
  await main.getByRole('button', { name: 'Flag for review' }).click()
  await expect(saved).toHaveText('All answers saved.')
  await expect(navigator.getByRole('button', { name: 'Question 2, answered, flagged' })).toBeVisible()
  await expect(navigator.getByRole('button', { name: 'Question 6, not answered, flagged' })).toBeVisible()
  await snap(page, testInfo, 'exam-in-progress')

  // A reload finds every answer, both flags, the confidence, and the server's remaining time.
  const before = clockSeconds(await timer.innerText())
  await page.reload()
  await expect(heading(6)).toBeVisible()
  const after = clockSeconds(await timer.innerText())
  expect(after).toBeLessThanOrEqual(before)
  expect(after).toBeGreaterThan(before - 30)
  for (const n of [1, 3, 4, 5]) await expect(navigator.getByRole('button', { name: `Question ${n}, answered` })).toBeVisible()
  await expect(navigator.getByRole('button', { name: 'Question 2, answered, flagged' })).toBeVisible()
  await expect(navigator.getByRole('button', { name: 'Question 6, not answered, flagged' })).toBeVisible()
  await go(1)
  await expect(main.getByRole('radio').first()).toBeChecked()
  await expect(main.getByLabel(/^Very sure/)).toBeChecked()
  await go(2)
  await expect(main.locator('.answer-options').getByRole('checkbox').nth(0)).toBeChecked()
  await expect(main.locator('.answer-options').getByRole('checkbox').nth(2)).toBeChecked()
  await expect(main.getByRole('button', { name: 'Flag for review' })).toHaveAttribute('aria-pressed', 'true')
  await go(3)
  await expect(main.getByLabel('B. False')).toBeChecked()
  await go(4)
  for (let i = 0; i < stems; i++) expect(await selects.nth(i).evaluate((s: HTMLSelectElement) => s.selectedIndex)).toBe(i + 1)
  await go(5)
  await expect(main.getByLabel('Your answer')).toHaveValue('Calcium oxalate')

  // Offline, an answer is kept and retried; back online it is saved.
  await go(6)
  await page.context().setOffline(true)
  await main.getByLabel(/^Your answer/).fill('45')
  await main.getByLabel(/^Your answer/).blur()
  await expect(saved).toContainText('not saved yet')
  await expect(main.getByRole('status')).toContainText('kept on this device')
  await snap(page, testInfo, 'exam-offline')
  await page.context().setOffline(false)
  await expect(saved).toHaveText('All answers saved.', { timeout: 40_000 })
  await expect(main.getByRole('status')).toHaveText('All answers saved.')

  await main.getByRole('button', { name: 'Submit exam' }).click()
  const confirm = page.getByRole('dialog', { name: 'Submit your exam?' })
  await expect(confirm).toContainText('You have answered 6 of 6 questions, and 2 questions are flagged')
  await confirm.getByRole('button', { name: 'Keep working' }).click()
  await expect(confirm).toBeHidden()
  await main.getByRole('button', { name: 'Submit exam' }).click()
  await confirm.getByRole('button', { name: 'Yes, submit' }).click()

  await expect(main.getByRole('heading', { name: `Results: ${paper.name}` })).toBeVisible()
  await expect(main.locator('.stats')).toContainText('6 of 6')
  await expect(main.locator('.score')).toHaveText(/%$/)
  await snap(page, testInfo, 'exam-results')
  await main.getByRole('link', { name: 'Review answers' }).click()
  await expect(main.getByRole('heading', { name: `Review: ${paper.name}` })).toBeVisible()
  await expect(main.locator('.review-item')).toHaveCount(6)
  await expect(main.locator('.review-item').first()).toContainText('Confidence: Very sure')
  await expect(main.locator('.review-item').nth(1)).toContainText('Flagged')
  await expect(main.getByRole('heading', { name: 'Explanation' }).first()).toBeVisible()
  await expect(main.locator('.review-item').nth(5)).toContainText('Accepted answer: 45')
  await snap(page, testInfo, 'exam-review')

  // The sitting is over: its page shows the results, and the paper offers a new attempt.
  await page.goto('/exams')
  await expect(card).toContainText('1 used (no limit)')
})

test('the exam is submitted automatically when the server clock runs out, with the answers saved', async ({ page, baseURL }, testInfo) => {
  await signIn(page, 'learner2@practica.test', '/')
  // The paper's window closes in half a minute, so the server sets the sitting's deadline then.
  const paper = await createPaper(baseURL!, `E2E closing ${testInfo.project.name} ${Date.now().toString(36)}`, { availableUntil: new Date(Date.now() + 30_000).toISOString() })
  await page.goto('/exams')
  const main = page.getByRole('main')
  const card = main.getByRole('listitem').filter({ has: page.getByRole('heading', { name: paper.name }) })
  await card.getByRole('button', { name: 'Start exam' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Start now' }).click()
  const timer = main.getByRole('timer')
  await expect(timer).toHaveText(/^00:[0-3]\d$/)
  await main.getByRole('radio').first().check()
  await expect(main.locator('.save-status .save-text')).toHaveText('All answers saved.')
  await expect(main.getByRole('heading', { name: `Results: ${paper.name}` })).toBeVisible({ timeout: 45_000 })
  await expect(main.getByText('Time is up: your exam was submitted with the answers saved before the deadline.')).toBeVisible()
  await expect(main.locator('.stats')).toContainText('1 of 6')
  await snap(page, testInfo, 'exam-auto-submitted')
})

test('an expired session mid-exam sends the learner to sign in and back, and the answer given meanwhile is kept and saved', async ({ page, baseURL }, testInfo) => {
  const paper = await createPaper(baseURL!, `E2E expiry ${testInfo.project.name} ${Date.now().toString(36)}`)
  await signIn(page, 'learner2@practica.test', '/exams')
  const main = page.getByRole('main')
  await main.getByRole('listitem').filter({ has: page.getByRole('heading', { name: paper.name }) }).getByRole('button', { name: 'Start exam' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Start now' }).click()
  await expect(page).toHaveURL(/\/exams\/\d+$/)
  const examPath = new URL(page.url()).pathname
  await main.getByRole('radio').first().check()
  await expect(main.locator('.save-status .save-text')).toHaveText('All answers saved.')

  await page.context().clearCookies()
  await main.getByRole('button', { name: 'Next' }).click()
  // click, not check: the answer's save meets the expired session and the app leaves for sign-in at
  // once, so the checkbox may be gone before check() could confirm its state (it would wait forever).
  await main.locator('.answer-options').getByRole('checkbox').first().click()
  await expect(page).toHaveURL(/\/sign-in\?next=/)
  await page.getByLabel('Email').fill('learner2@practica.test')
  await page.getByLabel('Password').fill('practica-demo')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL((url) => url.pathname === examPath)
  await expect(main.locator('.save-status .save-text')).toHaveText('All answers saved.')

  // What the server has, without this device's copy: both answers.
  await page.evaluate(() => window.localStorage.clear())
  await page.reload()
  const navigator = main.getByRole('navigation', { name: 'Questions' })
  await expect(navigator.getByRole('button', { name: 'Question 1, answered' })).toBeVisible()
  await expect(navigator.getByRole('button', { name: 'Question 2, answered' })).toBeVisible()
})
