import { expect, type Page, test } from '@playwright/test'

import { signIn, snap } from './helpers'

const apiGet = (page: Page, path: string) => page.evaluate(async (p) => (await fetch(`/api/v1${p}`, { credentials: 'include' })).json(), path)

test('the resources library filters by category, kind and high-yield, and searches', async ({ page }, testInfo) => {
  await signIn(page, 'learner2@practica.test', '/resources')
  const main = page.getByRole('main')
  await expect(main.getByRole('heading', { name: 'Resources' })).toBeVisible()
  const all = await apiGet(page, '/resources?limit=1')
  await expect(main.getByText(`${all.totalDocs} resources`)).toBeVisible()

  await main.getByLabel('Category').selectOption({ label: 'Urology' })
  await expect(main.getByRole('link', { name: /Renal and ureteric stones/ })).toBeVisible()
  await expect(main.getByRole('link', { name: /Brachial plexus/ })).toHaveCount(0)
  await main.getByLabel('Kind').selectOption('article')
  await expect(main.getByRole('link', { name: /Testicular torsion/ })).toBeVisible()
  await expect(main.getByRole('link', { name: /Renal and ureteric stones/ })).toHaveCount(0)
  // Resources open where they live, in a new tab.
  await expect(main.getByRole('link', { name: /Testicular torsion/ })).toHaveAttribute('target', '_blank')

  await main.getByLabel('Category').selectOption('')
  await main.getByLabel('Kind').selectOption('')
  await main.getByLabel('High-yield only').check()
  const featured = await apiGet(page, '/resources?featured=true&limit=1')
  await expect(main.getByText(new RegExp(`^${featured.totalDocs} resources?$`))).toBeVisible()
  await main.getByLabel('High-yield only').uncheck()
  await main.getByLabel('Search').fill('hernia')
  await main.getByRole('button', { name: 'Search' }).click()
  await expect(main.getByRole('link', { name: /Inguinal hernia/ })).toBeVisible()
  await expect(main.getByText(/^1 resource$/)).toBeVisible()
  await snap(page, testInfo, 'resources')
})

test('a learner reviews the questions due in their review queue, and each answer reschedules it', async ({ page }, testInfo) => {
  // A learner of the seeded class with wrong answers in the queue (one per viewport, so each run finds its own queue).
  const email = testInfo.project.name === 'phone' ? 'cohort-7@practica.test' : 'cohort-6@practica.test'
  await signIn(page, email, '/practice')
  const main = page.getByRole('main')
  let queue = await apiGet(page, '/recommendations/review-queue?limit=1')
  expect(queue.total).toBeGreaterThan(0)
  // A wrong answer comes back after FSRS's first learning step (a minute): wait for it if the seed was that recent.
  if (queue.due_now === 0) {
    const wait = new Date(queue.next_due_at).getTime() - Date.now()
    expect(wait).toBeLessThan(11 * 60_000)
    await page.waitForTimeout(Math.max(0, wait) + 1_000)
    await page.reload()
    queue = await apiGet(page, '/recommendations/review-queue?limit=1')
  }
  expect(queue.due_now).toBeGreaterThan(0)

  await main.getByLabel(/My review queue/).check()
  await expect(main.getByLabel(/My review queue/)).toBeChecked()
  await expect(main.getByText(/due now/)).toBeVisible()
  await expect(main.getByLabel('Only questions I flagged')).toHaveCount(0)
  await main.getByLabel('Number of questions').fill('1')
  await main.getByRole('button', { name: 'Start practice' }).click()
  await expect(page).toHaveURL(/\/practice\/\d+$/)
  await expect(main.getByText(/^Question 1 of 1/)).toBeVisible()
  const sessionId = Number(/\/practice\/(\d+)$/.exec(page.url())![1])
  const session = await apiGet(page, `/practice/sessions/${sessionId}`)
  expect(session.config.mode).toBe('review')
  const questionId = session.question_ids[0]

  const radio = main.getByRole('radio').first()
  if (await radio.count()) await radio.check()
  else if (await main.getByRole('checkbox').count()) await main.getByRole('checkbox').first().check()
  else if (await main.getByRole('combobox').count()) for (const select of await main.getByRole('combobox').all()) await select.selectOption({ index: 1 })
  else await main.getByLabel(/^Your answer/).fill('1')
  await main.getByRole('button', { name: 'Submit answer' }).click()
  await expect(main.locator('.feedback .verdict')).toHaveText(/Correct|Incorrect|Partly correct/)
  await snap(page, testInfo, 'review-feedback')

  const after = await apiGet(page, '/recommendations/review-queue?limit=200')
  const item = after.items.find((i: { question_id: number }) => i.question_id === questionId)
  expect(item.reps).toBeGreaterThan(1)
  expect(new Date(item.due_at).getTime()).toBeGreaterThan(Date.now() - 1_000)
})
