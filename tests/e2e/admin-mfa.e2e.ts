import { expect, type Page, test } from '@playwright/test'

import { totpCode } from '../../src/security/mfa/totp'
import { snap } from './helpers'

const PASSWORD = 'two-step-e2e-passphrase'

/** A new editor of the demo academy, made by the platform admin through the API. */
async function newEditor(request: import('@playwright/test').APIRequestContext): Promise<string> {
  const admin = await request.post('/api/v1/users/login', { data: { email: 'admin@practica.test', password: 'practica-demo' } })
  const token = (await admin.json()).token as string
  const institutions = await request.get('/api/v1/institutions?where[slug][equals]=royal-surgical-academy', { headers: { Authorization: `JWT ${token}` } })
  const academy = (await institutions.json()).docs[0].id as number
  const email = `two-step-${Date.now().toString(36)}@practica.test`
  const created = await request.post('/api/v1/users', {
    headers: { Authorization: `JWT ${token}` },
    data: { email, password: PASSWORD, name: 'Two-Step Editor', _verified: true, memberships: [{ institution: academy, roles: ['editor'] }] },
  })
  expect(created.status(), await created.text()).toBe(201)
  return email
}

async function adminSignIn(page: Page, email: string) {
  await page.goto('/admin')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Login' }).click()
}

test('staff set up two-step sign-in on their account page and then sign in with a code', async ({ page, request }, testInfo) => {
  const email = await newEditor(request)
  await adminSignIn(page, email)
  await expect(page.getByRole('link', { name: 'Questions' }).first()).toBeVisible()

  await page.goto('/admin/account')
  await page.getByRole('button', { name: 'Set up two-step sign-in' }).click()
  await expect(page.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible()
  const key = (await page.locator('.mfa-secret').innerText()).replace(/\s/g, '')
  await snap(page, testInfo, 'mfa-enrol')
  // The authenticator app, computed: the code for the key shown on screen.
  // Typed and confirmed with the keyboard (Enter), as many people will.
  await page.getByLabel('Code from the app').fill(totpCode(key))
  await page.getByLabel('Code from the app').press('Enter')
  const codes = page.getByRole('region', { name: 'Recovery codes' }).locator('code')
  await expect(codes).toHaveCount(10)
  const recovery = await codes.first().innerText()
  await snap(page, testInfo, 'mfa-recovery-codes')
  // Keyboard again (on a phone, Payload's document layout overlays the sidebar's lower part for pointer hit-testing).
  await page.getByRole('button', { name: 'I have saved them' }).press('Enter')
  await expect(page.getByText('On. 10 recovery codes left.')).toBeVisible()

  // Sign out, and sign in again: the password is no longer enough.
  await page.context().clearCookies()
  await adminSignIn(page, email)
  const code = page.getByLabel('Authentication code')
  await expect(code).toBeVisible()
  await snap(page, testInfo, 'mfa-code-step')
  await code.fill('000000' === totpCode(key) ? '111111' : '000000')
  await page.getByRole('button', { name: 'Verify' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'not right' })).toBeVisible()
  await code.fill(totpCode(key))
  await page.getByRole('button', { name: 'Verify' }).click()
  await expect(page.getByRole('link', { name: 'Questions' }).first()).toBeVisible()

  // The learner app asks for the second step too; a recovery code works once.
  await page.context().clearCookies()
  await page.goto('/sign-in?next=/history')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByLabel('Authentication code').fill(recovery)
  await page.getByRole('button', { name: 'Verify' }).click()
  await page.waitForURL((url) => url.pathname === '/history')
})
