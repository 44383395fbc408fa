import { expect, test } from '@playwright/test'

import { snap } from './helpers'

test('a platform admin signs into the admin UI and creates an institution', async ({ page }, testInfo) => {
  await page.goto('/admin')
  await page.getByLabel('Email').fill('admin@practica.test')
  await page.getByLabel('Password').fill('practica-demo')
  await snap(page, testInfo, 'admin-login')
  await page.getByRole('button', { name: /log ?in/i }).click()
  await expect(page.getByRole('link', { name: 'Institutions' }).first()).toBeVisible()
  await snap(page, testInfo, 'admin-dashboard')

  const slug = `e2e-${Date.now().toString(36)}`
  await page.goto('/admin/collections/institutions/create')
  await page.waitForLoadState('networkidle')
  await expect(page.locator('#field-name')).toBeEnabled()
  await page.locator('#field-name').fill('Playwright Teaching Trust')
  await page.locator('#field-slug').fill(slug)
  await expect(page.locator('#field-name')).toHaveValue('Playwright Teaching Trust')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText(/successfully created/i)).toBeVisible()
  await snap(page, testInfo, 'admin-institution-created')

  // Read it back through the public API with the admin's session, as a frontend would.
  const saved = await page.evaluate(async (s) => {
    const res = await fetch(`/api/v1/institutions?where[slug][equals]=${s}`, { credentials: 'include' })
    return (await res.json()).docs as { name: string }[]
  }, slug)
  expect(saved.map((d) => d.name)).toEqual(['Playwright Teaching Trust'])
})
