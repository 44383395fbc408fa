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
  if (api.suggested_topics.length) {
    await page.getByRole('region', { name: 'Suggested topics' }).getByRole('link', { name: 'Practice now' }).first().click()
    await expect(page).toHaveURL(new RegExp(`/practice\\?category=${api.suggested_topics[0].slug}`))
    await page.goBack()
  } else {
    await expect(page.getByRole('region', { name: 'Suggested topics' })).toContainText('No suggestions yet')
  }

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
