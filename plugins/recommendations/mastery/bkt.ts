import type { MasteryParameters } from '../options'

/**
 * Bayesian knowledge tracing (Corbett & Anderson): the probability a learner knows a topic, updated
 * by one observed answer. Pure; the plugin folds a learner's answers through it in order.
 */
export function bktUpdate(pKnown: number, correct: boolean, p: Pick<MasteryParameters, 'learn' | 'guess' | 'slip'>): number {
  const posterior = correct
    ? (pKnown * (1 - p.slip)) / (pKnown * (1 - p.slip) + (1 - pKnown) * p.guess)
    : (pKnown * p.slip) / (pKnown * p.slip + (1 - pKnown) * (1 - p.guess))
  return posterior + (1 - posterior) * p.learn
}

/** Folds answers (in the order given) into a topic's probability. */
export const bktFold = (pKnown: number, answers: boolean[], p: Pick<MasteryParameters, 'learn' | 'guess' | 'slip'>): number =>
  answers.reduce((known, correct) => bktUpdate(known, correct, p), pKnown)

/**
 * A category's readiness: the mean probability of knowing each of its topics that has questions,
 * topics never observed counted at the prior. 0–100.
 */
export function readiness(topicProbabilities: (number | null)[], prior: number): number {
  if (topicProbabilities.length === 0) return Math.round(prior * 100)
  const sum = topicProbabilities.reduce<number>((s, p) => s + (p ?? prior), 0)
  return Math.round((sum / topicProbabilities.length) * 100)
}
