import type { QuestionType } from './types'

/** The stored shape the validator reads (a question document's key fields). Pure data. */
export type QuestionKeyShape = {
  type?: QuestionType | null
  options?: { label?: string | null; text?: string | null; isCorrect?: boolean | null; fraction?: number | null }[] | null
  emqStems?: { prompt?: string | null; answer?: string | null }[] | null
  acceptedAnswers?: { text?: string | null; fraction?: number | null }[] | null
  numericalAnswers?: { value?: number | null; tolerance?: number | null; min?: number | null; max?: number | null; fraction?: number | null }[] | null
  difficulty?: number | null
}

export type Problem = { path: string; message: string }

const filled = (text: string | null | undefined) => typeof text === 'string' && text.trim() !== ''

/** Per-type rules a question must meet before it is published. Returns every problem, with its field path. */
export function validateQuestionKey(q: QuestionKeyShape): Problem[] {
  const problems: Problem[] = []
  const options = q.options ?? []
  const correct = options.filter((o) => o.isCorrect)
  const needOptions = (min: number) => {
    if (options.length < min) problems.push({ path: 'options', message: `Add at least ${min} options.` })
    options.forEach((o, i) => filled(o.text) || problems.push({ path: `options.${i}.text`, message: 'Every option needs text.' }))
  }
  options.forEach((o, i) => {
    if (o.fraction != null && (o.fraction < -1 || o.fraction > 1)) problems.push({ path: `options.${i}.fraction`, message: 'A fraction lies between -1 and 1.' })
  })
  switch (q.type) {
    case 'sba':
      needOptions(2)
      if (correct.length !== 1) problems.push({ path: 'options', message: `A single best answer question has exactly one correct option (this one has ${correct.length}).` })
      break
    case 'multiple-response':
      needOptions(2)
      if (correct.length < 1) problems.push({ path: 'options', message: 'A multiple response question needs at least one correct option.' })
      break
    case 'true-false':
      if (options.length !== 2) problems.push({ path: 'options', message: 'A true/false question has exactly two options, True and False.' })
      if (correct.length !== 1) problems.push({ path: 'options', message: 'Mark exactly one of True or False as correct.' })
      break
    case 'emq': {
      needOptions(2)
      const stems = q.emqStems ?? []
      if (stems.length < 1) problems.push({ path: 'emqStems', message: 'An extended matching question needs at least one stem.' })
      const labels = new Set(options.map((o) => (o.label ?? '').toUpperCase()))
      stems.forEach((s, i) => {
        if (!filled(s.prompt)) problems.push({ path: `emqStems.${i}.prompt`, message: 'Every stem needs text.' })
        if (!labels.has((s.answer ?? '').trim().toUpperCase())) problems.push({ path: `emqStems.${i}.answer`, message: `Stem ${i + 1} must be keyed to an existing option letter (${[...labels].join(', ')}).` })
      })
      break
    }
    case 'short-answer': {
      const answers = q.acceptedAnswers ?? []
      if (!answers.some((a) => filled(a.text) && (a.fraction ?? 1) > 0)) problems.push({ path: 'acceptedAnswers', message: 'Add at least one accepted answer worth credit.' })
      break
    }
    case 'numerical': {
      const answers = q.numericalAnswers ?? []
      if (answers.length === 0) problems.push({ path: 'numericalAnswers', message: 'Add at least one numerical answer.' })
      answers.forEach((a, i) => {
        const range = a.min != null || a.max != null
        if (range && (a.min == null || a.max == null || a.min > a.max)) problems.push({ path: `numericalAnswers.${i}.min`, message: 'A range needs a minimum no greater than its maximum.' })
        if (!range && (a.value == null || !Number.isFinite(a.value))) problems.push({ path: `numericalAnswers.${i}.value`, message: 'Give a value, or a minimum and maximum.' })
        if (a.tolerance != null && a.tolerance < 0) problems.push({ path: `numericalAnswers.${i}.tolerance`, message: 'Tolerance must be zero or more.' })
      })
      break
    }
    default:
      problems.push({ path: 'type', message: 'Choose a question type.' })
  }
  if (q.difficulty != null && (!Number.isInteger(q.difficulty) || q.difficulty < 1 || q.difficulty > 5)) problems.push({ path: 'difficulty', message: 'Difficulty is a whole number from 1 to 5.' })
  return problems
}

/** Option letters in order: A, B, … Z, AA, AB … */
export function optionLabel(index: number): string {
  let label = ''
  let n = index
  do {
    label = String.fromCharCode(65 + (n % 26)) + label
    n = Math.floor(n / 26) - 1
  } while (n >= 0)
  return label
}
