import { expect, type Page, test } from '@playwright/test'

import { formatPercent } from '../../src/app/(learner)/lib/format'
import { snap } from './helpers'

async function signIn(page: Page, email: string, next: string) {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill('practica-demo')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL((url) => url.pathname === next)
}

/** The API's own view, read with the browser's session (page.request shares the context's cookies). */
async function apiGet<T = any>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(`/api/v1${path}`)
  expect(response.ok(), `${path}: ${response.status()}`).toBe(true)
  return (await response.json()) as T
}

const widget = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true })

test('the dashboard shows the learner’s progress as the API reports it, with charts, a year heatmap and peer rank', async ({ page }, testInfo) => {
  await signIn(page, 'learner@practica.test', '/')
  await expect(page.getByRole('heading', { name: 'Your progress' })).toBeVisible()
  // The quick links stay.
  for (const name of [/Practise questions/, /Sit a mock exam/, /Your history/]) await expect(page.getByRole('main').getByRole('link', { name })).toBeVisible()

  const api = await apiGet(page, '/dashboard')
  const performance = widget(page, 'Performance')
  await expect(performance).toContainText(`${formatPercent(api.performance.avg_score_percent)} average`)
  await expect(performance).toContainText(`${api.performance.correct} correct · ${api.performance.incorrect} incorrect`)
  await expect(widget(page, 'Overall progress')).toContainText(`${api.overall_progress.completed} of ${api.overall_progress.total} categories`)
  await expect(widget(page, 'Study time')).toContainText(`${api.study_time.hours_this_week} h this week`)
  // The seeded learner has sat "Mock Exam A, Paper 2" (other journeys may have added later sittings): the API's last exam is named.
  expect(api.recent_activity.last_exam).not.toBeNull()
  const recent = widget(page, 'Recent activity')
  await expect(recent).toContainText(api.recent_activity.last_exam.exam)
  await expect(recent).toContainText(`${formatPercent(api.recent_activity.last_exam.score_percent)}, ${api.recent_activity.last_exam.answered} answered`)
  expect(api.recent_activity.last_practice).not.toBeNull()
  await expect(recent).toContainText(`${api.recent_activity.last_practice.correct} right, ${api.recent_activity.last_practice.incorrect} wrong`)

  // Study time: a bar chart whose range switch asks the API again; the summary says the API's total.
  const studyTime = widget(page, 'Hours studied')
  await expect(studyTime.locator('svg.recharts-surface')).toBeVisible()
  await expect(studyTime.getByRole('button', { name: 'This week' })).toHaveAttribute('aria-pressed', 'true')
  await expect(studyTime).toContainText('this week')
  await studyTime.getByRole('button', { name: '30 days' }).focus()
  await page.keyboard.press('Enter')
  await expect(studyTime.getByRole('button', { name: '30 days' })).toHaveAttribute('aria-pressed', 'true')
  await expect(studyTime.locator('.chart-summary')).toContainText('in the last 30 days')
  await studyTime.getByRole('button', { name: '12 months' }).click()
  await expect(studyTime.getByRole('button', { name: '12 months' })).toHaveAttribute('aria-pressed', 'true')
  const year = await apiGet(page, '/analytics/study-time?range=year')
  await expect(studyTime.locator('.chart-summary')).toContainText(`${year.total_hours} h in the last 12 months`)
  await expect(studyTime.locator('svg.recharts-surface')).toBeVisible()
  // The numbers behind the chart, on demand.
  await studyTime.getByText('Show the numbers').click()
  const yearTable = studyTime.getByRole('table', { name: 'Hours studied per month' })
  await expect(yearTable).toBeVisible()
  await expect(yearTable.locator('tbody tr')).toHaveCount(12)

  // Performance per category: the practised ones charted, the rest linked.
  const categories = await apiGet<{ slug: string; name: string; progress: { answered: number } }[]>(page, '/analytics/categories')
  const practised = categories.filter((c) => c.progress.answered > 0)
  const byCategory = widget(page, 'Performance by category')
  await expect(byCategory).toContainText(`Practised ${practised.length} of ${categories.length} categories`)
  await expect(byCategory.locator('svg.recharts-surface')).toBeVisible()
  await byCategory.getByText('Show the numbers').click()
  const categoryTable = byCategory.getByRole('table', { name: 'Score per category' })
  await expect(categoryTable.locator('tbody tr')).toHaveCount(practised.length)
  for (const c of practised) await expect(categoryTable.getByRole('rowheader', { name: c.name, exact: true })).toBeVisible()

  await expect(widget(page, 'Score trend').locator('svg.recharts-surface')).toBeVisible()
  await expect(widget(page, 'Score trend')).toContainText('Latest:')

  const heatmap = await apiGet<{ days: unknown[] }>(page, '/analytics/heatmap')
  const yearMap = page.getByRole('img', { name: /in the last 12 months/ })
  await expect(yearMap).toBeVisible()
  await expect(yearMap).toHaveAccessibleName(new RegExp(`^${heatmap.days.length} active days?`))
  await expect(yearMap.locator('rect')).toHaveCount(365)
  await expect(yearMap.locator('rect title').last()).toContainText('answered')

  const peers = widget(page, 'Compared with your peers')
  await expect(peers).toContainText('Royal Surgical Academy')
  await expect(peers).toContainText(/ahead of [\d.]+% of \d+ learners|Shown from \d+ learners/)
  await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0)
  await snap(page, testInfo, 'dashboard')

  // A suggested topic (or, without suggestions, a category not practised yet) opens practice with it chosen.
  const topics = widget(page, 'Suggested topics')
  let category: { slug: string; name: string }
  if (api.suggested_topics.length) {
    category = { slug: api.suggested_topics[0].slug, name: api.suggested_topics[0].category }
    await topics.getByRole('link', { name: 'Practice now' }).first().click()
  } else {
    await expect(topics).toContainText('No suggestions yet')
    category = categories.find((c) => c.progress.answered === 0)!
    await byCategory.getByText(/Not practised yet/).click()
    await byCategory.getByRole('link', { name: category.name, exact: true }).click()
  }
  await expect(page).toHaveURL(new RegExp(`/practice\\?category=${category.slug}$`))
  await expect(page.getByRole('checkbox', { name: category.name, exact: true })).toBeChecked()
})

test('a new learner sees honest empty states, and one failing widget does not take the others down', async ({ page }, testInfo) => {
  // The score trend fails until the learner tries again.
  let failing = true
  await page.route('**/api/v1/analytics/trends*', (route) => (failing ? route.fulfill({ status: 503, json: { errors: [{ message: 'Analytics are resting.' }] } }) : route.fallback()))
  await signIn(page, 'student@practica.test', '/')
  const api = await apiGet(page, '/dashboard')
  expect(api.performance.correct + api.performance.incorrect).toBe(0)

  await expect(widget(page, 'Performance')).toContainText('No answers yet')
  await expect(widget(page, 'Overall progress')).toContainText(`0 of ${api.overall_progress.total} categories`)
  await expect(widget(page, 'Study time')).toContainText('0 h this week')
  await expect(widget(page, 'Recent activity')).toContainText('none completed yet')
  await expect(widget(page, 'Recent activity')).toContainText('none submitted yet')
  await expect(widget(page, 'Suggested topics')).toContainText('No suggestions yet')
  await expect(widget(page, 'Hours studied')).toContainText('No study time this week yet.')
  await expect(widget(page, 'Performance by category')).toContainText('None of the')
  await expect(widget(page, 'Performance by category').getByRole('link').first()).toBeVisible()
  await expect(page.getByRole('img', { name: 'No study days in the last 12 months yet.' })).toBeVisible()
  await expect(widget(page, 'Compared with your peers')).toContainText(/Answer some questions|No answers yet/)

  const trend = widget(page, 'Score trend')
  await expect(trend.getByRole('alert')).toContainText('Analytics are resting.')
  await expect(page.getByRole('main').getByRole('alert')).toHaveCount(1)
  await snap(page, testInfo, 'dashboard-new-learner')
  failing = false
  await trend.getByRole('button', { name: 'Try again' }).click()
  await expect(trend).toContainText('No answers in the last 12 weeks.')
  await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0)
})

test('a category link preselects it on the practice page', async ({ page }) => {
  // Signed out, the link survives the detour through sign-in.
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
