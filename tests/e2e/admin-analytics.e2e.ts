import { expect, test } from '@playwright/test'

import { snap } from './helpers'

test('an institution admin reads cohort analytics and a paper’s item statistics in the admin UI', async ({ page }, testInfo) => {
  await page.goto('/admin')
  await page.getByLabel('Email').fill('inst-admin@practica.test')
  await page.getByLabel('Password').fill('practica-demo')
  await page.getByRole('button', { name: /log ?in/i }).click()
  await expect(page.getByRole('link', { name: 'Questions' }).first()).toBeVisible()

  await expect(page.locator('#nav-analytics')).toHaveAttribute('href', '/admin/analytics')
  await page.goto('/admin/analytics')
  await expect(page.getByRole('heading', { name: 'Analytics', level: 1 })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Cohort' })).toBeVisible()
  await expect(page.getByText(/^Learners: \d+/)).toBeVisible()
  // Charts render (recharts draws SVG) with the seeded history.
  await expect(page.locator('figure[aria-label="Learners by score"] svg.recharts-surface')).toBeVisible()
  await expect(page.locator('figure[aria-label="Score per category"] svg.recharts-surface')).toBeVisible()
  await snap(page, testInfo, 'admin-analytics-cohort')

  const paper = await page.locator('select[name="template"] option', { hasText: 'Mock Exam A, Paper 2' }).first().getAttribute('value')
  await page.getByLabel('Paper for item statistics').selectOption(paper!)
  await page.getByRole('button', { name: 'Show' }).click()
  await expect(page.getByRole('heading', { name: 'Item statistics' })).toBeVisible()
  await expect(page.getByText(/Mock Exam A, Paper 2: \d+ sittings/)).toBeVisible()
  expect(await page.locator('section[aria-labelledby="items-heading"] tbody tr').count()).toBeGreaterThan(0)
  await snap(page, testInfo, 'admin-analytics-items')
})
