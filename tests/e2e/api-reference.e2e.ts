import { expect, test } from '@playwright/test'

import { snap } from './helpers'

test('the API reference lists every operation of the OpenAPI document and shows request schemas', async ({ page }, testInfo) => {
  await page.goto('/api-reference')
  const main = page.getByRole('main')
  await expect(main.getByRole('heading', { name: /Practica API/ })).toBeVisible()
  const doc = await page.evaluate(async () => (await fetch('/api/v1/openapi.json')).json())
  const operations = Object.values(doc.paths as Record<string, Record<string, unknown>>).reduce((n, item) => n + ['get', 'post', 'patch', 'delete', 'put'].filter((m) => item[m]).length, 0)
  await expect(main.locator('details.operation')).toHaveCount(operations)

  await main.getByLabel('Find an operation').fill('/practice/sessions')
  const start = main.locator('details.operation').filter({ has: page.locator('code', { hasText: /^\/practice\/sessions$/ }) }).filter({ hasText: 'POST' })
  await start.locator('summary').click()
  await expect(start.locator('pre.schema')).toContainText('"review"')
  await snap(page, testInfo, 'api-reference')
})
