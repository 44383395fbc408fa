import { expect, test } from '@playwright/test'

import { snap } from './helpers'

test('an editor filters the question bank and previews a question as a learner sees it beside the key', async ({ page }, testInfo) => {
  await page.goto('/admin')
  await page.getByLabel('Email').fill('editor@practica.test')
  await page.getByLabel('Password').fill('practica-demo')
  await page.getByRole('button', { name: /log ?in/i }).click()
  await expect(page.getByRole('link', { name: 'Questions' }).first()).toBeVisible()

  await page.goto('/admin/collections/questions?where[type][equals]=sba&limit=10')
  const firstRow = page.locator('table tbody tr').first()
  await expect(firstRow).toBeVisible()
  await snap(page, testInfo, 'question-list-filtered')
  await firstRow.locator('a').first().click()

  const learnerView = page.getByLabel('Learner view')
  const keyedView = page.getByLabel('Keyed view')
  await expect(learnerView).toBeVisible()
  await expect(keyedView).toContainText('✓ correct')
  await expect(learnerView).not.toContainText('✓')
  await expect(keyedView).toContainText('Explanation')
  await snap(page, testInfo, 'question-preview')
})
