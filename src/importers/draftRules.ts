import type { QuestionDraft } from '../questions/types'
import { validateQuestionKey } from '../questions/validate'

/** Positive weights of a multiple-response question must total 100 %; Moodle rounds, so allow 0.2 % slack (3 × 33.3 %). */
const SUM_TOLERANCE = 0.002

const percent = (fraction: number) => `${Number((fraction * 100).toFixed(2))}%`

/** Import-side checks beyond the publishing rules: weights that agree with "correct", keys that exist. */
function importProblems(draft: QuestionDraft): string[] {
  const problems: string[] = []
  const keys = draft.options.map((o) => o.key)
  if (draft.stemHtml.trim() === '') problems.push('The question has no text.')
  const duplicate = keys.find((key, i) => keys.indexOf(key) !== i)
  if (duplicate !== undefined) problems.push(`Option key "${duplicate}" is used twice.`)
  switch (draft.type) {
    case 'sba': {
      const correct = draft.options.filter((o) => o.correct)
      if (correct.length === 1 && correct[0].fraction !== 1) problems.push(`The correct option of a single best answer question must be worth 100% (it is worth ${percent(correct[0].fraction)}).`)
      if (correct.length > 1) problems.push('Several options are fully correct: import it as multiple-response, or keep one correct option.')
      if (draft.options.some((o) => !o.correct && o.fraction >= 1)) problems.push('Only the correct option of a single best answer question may be worth 100%.')
      break
    }
    case 'multiple-response': {
      if (draft.options.some((o) => o.correct !== o.fraction > 0)) problems.push('In a multiple-response question an option earns credit exactly when it is marked correct.')
      const total = draft.options.reduce((sum, o) => sum + Math.max(0, o.fraction), 0)
      if (draft.options.some((o) => o.correct) && Math.abs(total - 1) > SUM_TOLERANCE) problems.push(`The positive weights of a multiple-response question must add up to 100% (these add up to ${percent(total)}).`)
      break
    }
    case 'true-false':
      if (keys.join(',') !== 'true,false') problems.push('A true/false question has the options "true" and "false", in that order.')
      break
    case 'emq':
      draft.emq?.stems.forEach((stem, i) => {
        if (!keys.includes(stem.correctKey)) problems.push(`EMQ stem ${i + 1} is keyed to "${stem.correctKey}", which is not one of the options (${keys.join(', ')}).`)
      })
      break
    case 'short-answer':
      draft.shortAnswer?.answers.forEach((a, i) => (a.fraction < 0 || a.fraction > 1) && problems.push(`Accepted answer ${i + 1} is worth ${percent(a.fraction)}; use 0% to 100%.`))
      break
    case 'numerical':
      draft.numerical?.answers.forEach((a, i) => (a.fraction < 0 || a.fraction > 1) && problems.push(`Numerical answer ${i + 1} is worth ${percent(a.fraction)}; use 0% to 100%.`))
      break
  }
  draft.references.forEach((r, i) => r.url !== undefined && !/^https?:\/\/\S+$/.test(r.url) && problems.push(`Reference ${i + 1} needs a full http(s) address (got "${r.url}").`))
  return problems
}

/** Every problem with a draft, as sentences; empty when it can be imported. */
export function draftProblems(draft: QuestionDraft): string[] {
  const published = validateQuestionKey({
    type: draft.type,
    options: draft.options.map((o) => ({ label: o.key.toUpperCase(), text: o.text, isCorrect: o.correct, fraction: o.fraction })),
    emqStems: draft.emq?.stems.map((s) => ({ prompt: s.text, answer: s.correctKey.toUpperCase() })),
    acceptedAnswers: draft.shortAnswer?.answers,
    numericalAnswers: draft.numerical?.answers,
    difficulty: draft.difficulty,
  })
  // The EMQ letter rule is restated above with the option keys, which need not be letters.
  const messages = published.filter((p) => !(draft.type === 'emq' && p.path.endsWith('.answer'))).map((p) => p.message)
  return [...messages, ...importProblems(draft)]
}
