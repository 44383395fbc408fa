import { expect, test } from '@playwright/test'

import { snap } from './helpers'

test('the dashboard shows the learner’s progress from the API, with charts, a year heatmap and peer rank', async ({ page }, testInfo) => {
  await page.goto('/sign-in?next=%2F')
  await page.getByLabel('Email').fill('learner@practica.test')
  await page.getByLabel('Password').fill('practica-demo')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { name: 'Your progress' })).toBeVisible()

  // The figures are the API's own (read with the browser's session).
  const api = await page.evaluate(async () => (await fetch('/api/v1/dashboard', { credentials: 'include' })).json())
  const performance = page.getByRole('region', { name: 'Performance' })
  await expect(performance.getByText(`${api.performance.avg_score_percent} %`)).toBeVisible()
  await expect(performance.getByText(`${api.performance.correct} correct · ${api.performance.incorrect} incorrect`)).toBeVisible()
  await expect(page.getByRole('region', { name: 'Overall progress' }).getByText(`of ${api.overall_progress.total} categories`)).toBeVisible()
  await expect(page.getByRole('region', { name: 'Study time' }).first()).toContainText(`${api.study_time.hours_this_week} h`)
  // The seeded learner has sat a mock exam (other journeys may have added later ones): the last one is named.
  expect(api.recent_activity.last_exam).not.toBeNull()
  await expect(page.getByRole('region', { name: 'Recent activity' })).toContainText(api.recent_activity.last_exam.exam)
  // Suggested topics (plugins/recommendations) with their reasons; "Not now" dismisses one, "Practice now" starts a session on it.
  const topics = page.getByRole('region', { name: 'Suggested topics' })
  expect(api.suggested_topics.length).toBeGreaterThanOrEqual(3)
  for (const t of api.suggested_topics) await expect(topics.getByText(t.category, { exact: true })).toBeVisible()
  const dismissed = api.suggested_topics[0]
  await topics.getByRole('button', { name: `Not now: ${dismissed.category}` }).click()
  await expect(topics.getByText(dismissed.category, { exact: true })).toHaveCount(0)
  const next = (await page.evaluate(async () => (await fetch('/api/v1/recommendations/topics', { credentials: 'include' })).json())).topics[0]
  await expect(page.getByRole('region', { name: 'High-yield resources' }).getByRole('link').first()).toBeVisible()
  await topics.getByRole('button', { name: `Practice now: ${next.category}` }).click()
  await expect(page).toHaveURL(/\/practice\/\d+$/)
  const started = await page.evaluate(async (path) => (await fetch(path, { credentials: 'include' })).json(), `/api/v1/practice/sessions/${/\/practice\/(\d+)$/.exec(page.url())![1]}`)
  expect(started.config.categories).toEqual([next.slug])
  await page.goBack()

  // Charts: study time with a working range switch, performance per category, trend; the heatmap and peers.
  const studyTime = page.locator('section[aria-labelledby="study-time-heading"]')
  await expect(studyTime.locator('svg.recharts-surface')).toBeVisible()
  await studyTime.getByRole('button', { name: '12 months' }).click()
  await expect(studyTime.getByRole('button', { name: '12 months' })).toHaveAttribute('aria-pressed', 'true')
  await expect(studyTime.locator('caption')).toHaveText('Hours studied per month')
  await expect(page.locator('section[aria-labelledby="categories-heading"] svg.recharts-surface')).toBeVisible()
  await expect(page.locator('section[aria-labelledby="categories-heading"] caption')).toHaveText('Score per category')
  await expect(page.locator('section[aria-labelledby="trend-heading"] svg.recharts-surface')).toBeVisible()
  await expect(page.getByRole('img', { name: /active days in the last year/ })).toBeVisible()
  await expect(page.locator('section[aria-labelledby="peers-heading"]')).toContainText('Royal Surgical Academy')
  await snap(page, testInfo, 'dashboard')
})

test('a suggested or chosen category link preselects it on the practice page', async ({ page }) => {
  await page.goto('/sign-in?next=%2Fpractice%3Fcategory%3Durology')
  await page.getByLabel('Email').fill('learner2@practica.test')
  await page.getByLabel('Password').fill('practica-demo')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('checkbox', { name: 'Urology', exact: true })).toBeChecked()
})

test('a learner edits the profile: time zone, language and notifications are saved through the API', async ({ page }) => {
  await page.goto('/sign-in?next=%2Fprofile')
  await page.getByLabel('Email').fill('hospital-learner@practica.test')
  await page.getByLabel('Password').fill('practica-demo')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { name: 'Your profile' })).toBeVisible()
  await page.getByLabel('Time zone').selectOption('Asia/Tokyo')
  await page.getByLabel('Study reminders').uncheck()
  await page.getByLabel('Summary email').selectOption('daily')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible()
  const me = await page.evaluate(async () => (await (await fetch('/api/v1/users/me', { credentials: 'include' })).json()).user)
  expect(me).toMatchObject({ timezone: 'Asia/Tokyo', notificationPreferences: { studyReminders: false, digest: 'daily' } })
  await page.getByLabel('Name').fill('')
  await page.getByRole('button', { name: 'Save' }).click()
  // The API's refusal, shown by the form (Next.js keeps an empty route announcer with the same role).
  await expect(page.getByRole('alert').filter({ hasText: /name/i })).toBeVisible()
})
