import { expect, type Page, test } from '@playwright/test'

import { signIn, snap } from './helpers'

/** Some answer for whatever question is shown, by its type; returns the type. */
async function answerShownQuestion(page: Page): Promise<string> {
  const main = page.getByRole('main')
  const type = (await main.locator('.question-meta .chip').innerText()).trim()
  if (type === 'Single best answer' || type === 'True or false') await main.getByRole('radio').first().check()
  else if (type === 'Multiple response') {
    await main.getByRole('checkbox').nth(0).check()
    await main.getByRole('checkbox').nth(1).check()
  } else if (type === 'Extended matching') {
    for (const select of await main.getByRole('combobox').all()) await select.selectOption({ index: 1 })
  } else if (type === 'Short answer') await main.getByLabel('Your answer').fill('calcium oxalate')
  else await main.getByLabel(/^Your answer/).fill('45')
  return type
}

test('a learner practises questions of every type with instant feedback, resumes after a reload, and sees the summary', async ({ page }, testInfo) => {
  await signIn(page, 'learner@practica.test', '/practice')
  const main = page.getByRole('main')
  await expect(main.getByRole('heading', { name: 'Practise questions' })).toBeVisible()
  await main.getByLabel('Urology', { exact: true }).check()
  await expect(main.getByRole('group', { name: /Subcategories of Urology/ })).toBeVisible()
  // More than the category holds: the session draws all of them, so every type is there.
  await main.getByLabel('Number of questions').fill('60')
  await snap(page, testInfo, 'practice-setup')
  await main.getByRole('button', { name: 'Start practice' }).click()
  await expect(page).toHaveURL(/\/practice\/\d+$/)
  const total = Number(/of (\d+)/.exec(await main.getByText(/^Question 1 of \d+/).innerText())![1])

  const seen = new Set<string>()
  for (let i = 1; seen.size < 6 && i <= total; i++) {
    await expect(main.getByRole('heading', { name: `Question ${i}`, exact: true })).toBeVisible()
    const submit = main.getByRole('button', { name: 'Submit answer' })
    await expect(submit).toBeDisabled()
    const type = await answerShownQuestion(page)
    seen.add(type)
    await submit.click()
    const verdict = main.locator('.feedback .verdict')
    await expect(verdict).toHaveText(/Correct|Incorrect|Partly correct/)
    await expect(verdict).toBeFocused()
    await expect(main.getByRole('heading', { name: 'Explanation' })).toBeVisible()
    if (type === 'Single best answer') await expect(main.locator('.option.is-key')).toHaveCount(1)
    if (type === 'Numerical') await expect(main.getByText(/Accepted answer: .*years/)).toBeVisible()
    if (type === 'Short answer') await expect(main.getByText(/Accepted answers: /)).toBeVisible()
    if (type === 'Extended matching') await expect(main.locator('.emq-stem .mark').first()).toBeVisible()
    if (i === 1) {
      await snap(page, testInfo, 'practice-feedback')
      const flag = main.getByRole('button', { name: /Flag/ })
      await flag.click()
      await expect(flag).toHaveAttribute('aria-pressed', 'true')
    }
    if (i === 2) {
      // Reloading resumes the open session at the first unanswered question.
      await page.reload()
      await expect(main.getByRole('heading', { name: 'Question 3', exact: true })).toBeVisible()
      await expect(main.getByText('2 answered')).toBeVisible()
      await main.getByRole('button', { name: 'Previous' }).click()
      await main.getByRole('button', { name: 'Previous' }).click()
      await expect(main.getByRole('button', { name: /Flag/ })).toHaveAttribute('aria-pressed', 'true')
      await expect(main.locator('.feedback .verdict')).toBeVisible()
      await main.getByRole('button', { name: 'Next question' }).click()
      await main.getByRole('button', { name: 'Next question' }).click()
      continue
    }
    if (i < total) await main.getByRole('button', { name: 'Next question' }).click()
  }
  expect(seen.size, `types seen: ${[...seen].join(', ')}`).toBe(6)

  await main.getByRole('button', { name: 'Finish session' }).click()
  const dialog = page.getByRole('dialog', { name: 'Finish this session?' })
  if (await dialog.isVisible()) await dialog.getByRole('button', { name: 'Finish now' }).click()
  await expect(main.getByRole('heading', { name: 'Session summary' })).toBeVisible()
  await expect(main.locator('.stats')).toContainText('Answered')
  await expect(main.locator('.summary-list > li')).toHaveCount(total)
  await main.locator('.summary-list summary').first().click()
  await expect(main.locator('.summary-list .feedback').first()).toBeVisible()
  await snap(page, testInfo, 'practice-summary')
})

test('an expired or missing session sends the learner to sign in and back to practice', async ({ page }) => {
  await page.goto('/practice')
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fpractice/)
  await page.getByLabel('Email').fill('learner2@practica.test')
  await page.getByLabel('Password').fill('practica-demo')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('main').getByRole('heading', { name: 'Practise questions' })).toBeVisible()
})
