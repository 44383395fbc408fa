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
  // Under load the admin form can re-initialise its state just after it renders and drop what
  // was typed; fill again until both values stick, as a person would retype.
  const name = page.locator('#field-name')
  const slugField = page.locator('#field-slug')
  await expect(async () => {
    await name.fill('Playwright Teaching Trust')
    await slugField.fill(slug)
    await page.waitForLoadState('networkidle')
    await expect(name).toHaveValue('Playwright Teaching Trust', { timeout: 2_000 })
    await expect(slugField).toHaveValue(slug, { timeout: 2_000 })
  }).toPass({ timeout: 30_000 })
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
