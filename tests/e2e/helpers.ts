import fs from 'node:fs/promises'
import path from 'node:path'
import type { Page, TestInfo } from '@playwright/test'

/** Keep a full-page screenshot of each journey step as a test artifact. */
export async function snap(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file = testInfo.outputPath(`${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  await testInfo.attach(name, { path: file, contentType: 'image/png' })
}

/** Signs in as a demo user through the learner app's form and waits to land on `next`. */
export async function signIn(page: Page, email: string, next: string): Promise<void> {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill('practica-demo')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL((url) => url.pathname === next)
}

/** The newest mail to `address` in the outbox folder the app writes to when no SMTP is configured. */
export async function latestMailTo(address: string, timeoutMs = 15_000, containing?: string): Promise<string> {
  const dir = process.env.MAIL_OUTBOX_DIR!
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const files = (await fs.readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.eml')).sort().reverse()
    for (const file of files) {
      const raw = await fs.readFile(path.join(dir, file), 'utf8')
      const text = raw.replace(/=\r?\n/g, '').replace(/=3D/gi, '=')
      if (raw.toLowerCase().includes(`to: ${address.toLowerCase()}`) && (!containing || text.includes(containing))) return text
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`no mail to ${address} in ${dir}`)
}
