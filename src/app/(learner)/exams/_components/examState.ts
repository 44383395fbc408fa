import { answerFields, type Draft, draftFrom, emptyDraft, hasAnswer } from '../../lib/answers'
import { ExamSaver } from '../../lib/examSaver'
import type { Confidence, ExamAnswerInput, ExamSession, LearnerQuestion } from '../../lib/types'

/** One question's state in a sitting. `touched`: it has had an answer, so its fields are always sent (an empty one clears it). */
export type QuestionState = { draft: Draft; confidence: Confidence | null; flagged: boolean; touched: boolean }

export const blankState: QuestionState = { draft: emptyDraft, confidence: null, flagged: false, touched: false }

const hasFields = (a: ExamAnswerInput) => a.selected_option_ids !== undefined || a.matches !== undefined || a.answer !== undefined

/** What the server saved, overlaid with answers this device kept but the server never acknowledged. */
export function restoreStates(session: ExamSession): Record<number, QuestionState> {
  const states: Record<number, QuestionState> = {}
  for (const a of session.answers) states[a.question_id] = { draft: draftFrom(a), confidence: a.confidence, flagged: false, touched: true }
  for (const id of session.flagged) states[id] = { ...(states[id] ?? blankState), flagged: true }
  for (const a of ExamSaver.unsavedOf(session.id)) {
    const previous = states[a.question_id] ?? blankState
    states[a.question_id] = {
      draft: hasFields(a) ? draftFrom(a) : previous.draft,
      confidence: a.confidence ?? previous.confidence,
      flagged: a.flagged ?? previous.flagged,
      touched: previous.touched || hasFields(a),
    }
  }
  return states
}

/** The state of one question as the API takes it. */
export function toInput(question: LearnerQuestion, state: QuestionState, timeSpentSec: number): ExamAnswerInput {
  const touched = state.touched || hasAnswer(question, state.draft)
  return {
    question_id: question.id,
    ...(touched ? answerFields(question, state.draft) : {}),
    ...(state.confidence ? { confidence: state.confidence } : {}),
    flagged: state.flagged,
    ...(timeSpentSec > 0 ? { time_spent_sec: timeSpentSec } : {}),
  }
}
