import { type Card, createEmptyCard, fsrs, type Grade, Rating, State } from 'ts-fsrs'

export type Confidence = 'low' | 'medium' | 'high' | null

/** A review-queue entry's scheduling state, as stored. */
export type ReviewCard = {
  due: Date
  stability: number
  difficulty: number
  scheduledDays: number
  learningSteps: number
  reps: number
  lapses: number
  state: 'new' | 'learning' | 'review' | 'relearning'
  lastReview: Date | null
}

const STATES = ['new', 'learning', 'review', 'relearning'] as const
const RATING_NAMES: Record<number, 'again' | 'hard' | 'good' | 'easy'> = { [Rating.Again]: 'again', [Rating.Hard]: 'hard', [Rating.Good]: 'good', [Rating.Easy]: 'easy' }

/**
 * How an answer rates the learner's recall: wrong → Again; right with low, medium or high certainty →
 * Hard, Good, Easy; right with no certainty stated → Good.
 */
export function ratingFor(correct: boolean, confidence: Confidence): Grade {
  if (!correct) return Rating.Again
  if (confidence === 'low') return Rating.Hard
  if (confidence === 'high') return Rating.Easy
  return Rating.Good
}

export const ratingName = (rating: Grade) => RATING_NAMES[rating]

/** A question enters the queue when answered wrong, or right with low certainty; once in, every answer reschedules it. */
export const entersQueue = (correct: boolean, confidence: Confidence) => !correct || confidence === 'low'

export type Scheduler = (card: ReviewCard | null, rating: Grade, at: Date) => ReviewCard

/** An FSRS scheduler (ts-fsrs) with the plugin's retention and longest interval; no fuzz, so it is deterministic. */
export function scheduler(options: { requestRetention: number; maximumIntervalDays: number }): Scheduler {
  const f = fsrs({ request_retention: options.requestRetention, maximum_interval: options.maximumIntervalDays, enable_fuzz: false })
  return (stored, rating, at) => {
    const card: Card = stored ? toCard(stored) : createEmptyCard(at)
    return fromCard(f.next(card, at, rating).card)
  }
}

function toCard(c: ReviewCard): Card {
  return {
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: 0,
    scheduled_days: c.scheduledDays,
    learning_steps: c.learningSteps,
    reps: c.reps,
    lapses: c.lapses,
    state: STATES.indexOf(c.state) as State,
    last_review: c.lastReview ?? undefined,
  }
}

const fromCard = (c: Card): ReviewCard => ({
  due: c.due,
  stability: c.stability,
  difficulty: c.difficulty,
  scheduledDays: c.scheduled_days,
  learningSteps: c.learning_steps,
  reps: c.reps,
  lapses: c.lapses,
  state: STATES[c.state],
  lastReview: c.last_review ?? null,
})
