import { describe, expect, it } from 'vitest'

import { answerInput, AnswerProblem, checkAnswer } from './answers'
import { questionContent } from './questionContent'

const sba = questionContent(7, 1, { type: 'sba', options: [{ id: 'a', isCorrect: true }, { id: 'b' }] })
const emq = questionContent(8, 1, { type: 'emq', options: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }], emqStems: [{ id: 's', answer: 'A' }] })
const short = questionContent(9, 1, { type: 'short-answer', acceptedAnswers: [{ text: 'radial' }] })
const check = (content: typeof sba, body: Record<string, unknown>) => checkAnswer(content, answerInput.parse({ question_id: content.questionId, ...body }))
const problem = (fn: () => unknown) => {
  try {
    fn()
  } catch (error) {
    if (error instanceof AnswerProblem) return { message: error.message, path: error.path }
    throw error
  }
  throw new Error('expected a problem')
}

describe('checking answers against their question', () => {
  it('accepts the right shape per type and keeps what the learner sent', () => {
    expect(check(sba, { selected_option_ids: ['a'] }).stored).toEqual({ selected_option_ids: ['a'] })
    expect(check(emq, { matches: { s: 'b' } }).response).toEqual({ matches: { s: 'b' }, confidence: undefined })
    expect(check(short, { answer: 42 }).stored).toEqual({ answer: '42' })
    expect(check(sba, { flagged: true }).response).toBeNull()
  })

  it('names the problem and the field', () => {
    expect(problem(() => check(sba, { selected_option_ids: ['z'] }))).toEqual({ message: 'Option z is not an option of question 7.', path: 'selected_option_ids.0' })
    expect(problem(() => check(sba, { selected_option_ids: ['a', 'b'] }))).toEqual({ message: 'Question 7 takes one option.', path: 'selected_option_ids' })
    expect(problem(() => check(sba, { answer: 'a' })).message).toBe('Question 7 is a single best answer question: send selected_option_ids.')
    expect(problem(() => check(emq, { matches: { nope: 'a' } })).path).toBe('matches.nope')
    expect(problem(() => check(emq, { matches: { s: 'zz' } })).message).toMatch(/not an option/)
    expect(problem(() => check(short, { selected_option_ids: ['a'] })).message).toMatch(/send answer/)
  })

  it('refuses malformed input at the schema', () => {
    expect(answerInput.safeParse({ question_id: 'x' }).success).toBe(false)
    expect(answerInput.safeParse({ question_id: 1, time_spent_sec: -1 }).success).toBe(false)
    expect(answerInput.safeParse({ question_id: 1, extra: true }).success).toBe(false)
    expect(answerInput.safeParse({ question_id: 1, answer: 'x'.repeat(501) }).success).toBe(false)
  })
})
