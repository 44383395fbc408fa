import { expect, test } from '@playwright/test'

import { latestMailTo, snap } from './helpers'

test('a learner in two institutions signs in, switches institution and signs out', async ({ page }, testInfo) => {
  await page.goto('/sign-in')
  await page.getByLabel('Email').fill('learner@practica.test')
  await page.getByLabel('Password').fill('practica-demo')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { name: 'Hello, Tom Becker' })).toBeVisible()
  const switcher = page.getByLabel('Institution')
  await expect(switcher.locator('option')).toHaveCount(2)
  await switcher.selectOption({ label: 'St Elsewhere University Hospital' })
  await expect(page.getByText('at St Elsewhere University Hospital')).toBeVisible()
  await snap(page, testInfo, 'learner-home')
  await page.reload()
  await expect(page.getByLabel('Institution')).toHaveValue(await switcher.inputValue())
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible()
})

test('a wrong password is refused with a clear message', async ({ page }) => {
  await page.goto('/sign-in')
  await page.getByLabel('Email').fill('learner2@practica.test')
  await page.getByLabel('Password').fill('not-the-password')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.locator('form [role=alert]')).toContainText('The email or password provided is incorrect')
})

test('a newcomer registers, verifies the email from the mail, and signs in', async ({ page }, testInfo) => {
  const email = `newcomer.${Date.now().toString(36)}.${testInfo.project.name}@example.test`
  await page.goto('/register')
  await page.getByLabel('Full name').fill('Nadia Newcomer')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill('a-long-passphrase')
  await page.getByLabel('Institution').selectOption({ label: 'Royal Surgical Academy' })
  await page.getByRole('button', { name: 'Create account' }).click()
  await expect(page.getByRole('status')).toContainText('we sent a link')
  await snap(page, testInfo, 'register-done')

  const mail = await latestMailTo(email)
  const link = /(https?:\/\/[^\s"<]+\/verify-email\?token=[A-Za-z0-9%]+)/.exec(mail)?.[1]
  expect(link, 'verification link in the mail').toBeTruthy()
  await page.goto(link!)
  await expect(page.getByRole('status')).toContainText('Your email is verified')

  await page.goto('/sign-in')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill('a-long-passphrase')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { name: 'Hello, Nadia Newcomer' })).toBeVisible()
  await expect(page.getByText('You are a learner at Royal Surgical Academy')).toBeVisible()
  await snap(page, testInfo, 'register-signed-in')
})

test('a learner who forgot the password resets it from the mail and signs in with the new one', async ({ page }, testInfo) => {
  const email = `forgetful.${Date.now().toString(36)}.${testInfo.project.name}@example.test`
  // A verified account, made as a newcomer would (register, then the link in the mail).
  await page.goto('/register')
  await page.getByLabel('Full name').fill('Fay Forgetful')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill('the-first-passphrase')
  await page.getByLabel('Institution').selectOption({ label: 'Royal Surgical Academy' })
  await page.getByRole('button', { name: 'Create account' }).click()
  await expect(page.getByRole('status')).toContainText('we sent a link')
  await page.goto(/(https?:\/\/[^\s"<]+\/verify-email\?token=[A-Za-z0-9%]+)/.exec(await latestMailTo(email))![1])
  await expect(page.getByRole('status')).toContainText('Your email is verified')

  await page.goto('/sign-in')
  await page.getByRole('link', { name: 'Forgot your password?' }).click()
  await expect(page.getByRole('heading', { name: 'Reset your password' })).toBeVisible()
  await page.getByLabel('Email').fill(email)
  await page.getByRole('button', { name: 'Send reset link' }).click()
  await expect(page.getByRole('status')).toContainText('a reset link is on its way')
  const link = /(https?:\/\/[^\s"<]+\/reset-password\?token=[A-Za-z0-9%]+)/.exec(await latestMailTo(email, 15_000, '/reset-password?token='))?.[1]
  expect(link, 'reset link in the mail').toBeTruthy()
  await page.goto(link!)
  await page.getByLabel('New password').fill('the-second-passphrase')
  await page.getByRole('button', { name: 'Save password' }).click()
  await expect(page.getByRole('status')).toContainText('Your password has been changed')
  await snap(page, testInfo, 'password-reset')

  await page.context().clearCookies()
  await page.goto('/sign-in')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill('the-first-passphrase')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.locator('form [role=alert]')).toContainText('The email or password provided is incorrect')
  await page.getByLabel('Password').fill('the-second-passphrase')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { name: 'Hello, Fay Forgetful' })).toBeVisible()
})
