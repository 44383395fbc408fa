import { expect, test } from '@playwright/test'

test('every response carries the security headers; the learner app has a strict content security policy', async ({ request }) => {
  for (const path of ['/', '/sign-in', '/admin/login', '/api/v1/health']) {
    const res = await request.get(path)
    const headers = res.headers()
    expect(headers['x-content-type-options'], path).toBe('nosniff')
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
    expect(headers['x-frame-options'], path).toBe('SAMEORIGIN')
    expect(headers['x-powered-by'], path).toBeUndefined()
  }
  const csp = (await request.get('/sign-in')).headers()['content-security-policy']
  expect(csp).toContain("default-src 'self'")
  expect(csp).toContain("frame-ancestors 'none'")
  expect(csp).toContain("object-src 'none'")
  expect((await request.get('/admin/login')).headers()['content-security-policy']).toContain("frame-ancestors 'self'")
})

test('the learner app works under its content security policy (no blocked scripts)', async ({ page }) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  await page.goto('/sign-in')
  await page.getByLabel('Email').fill('learner2@practica.test')
  await page.getByLabel('Password').fill('practica-demo')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { name: /Hello/ })).toBeVisible()
  expect(violations).toEqual([])
})
