import type { QuestionType } from '../../src/questions/types'

/**
 * A demo question as authored for the seed. Stems and explanations are plain text (blank lines
 * separate paragraphs). Every question is written for the seed, with an explanation and references.
 */
export type SeedQuestion = {
  /** Stable within the seed, e.g. 'anatomy-001'; the question's externalId becomes `seed:<key>`. */
  key: string
  type: QuestionType
  /** Exactly one of the category's subcategory names in seed/taxonomy.ts. */
  subcategory: string
  difficulty: 1 | 2 | 3 | 4 | 5
  stem: string
  /** sba / multiple-response / true-false (exactly [{text:'True'},{text:'False'}] with one correct) / emq option list. */
  options?: { text: string; correct?: boolean; feedback?: string }[]
  /** EMQ: each stem's answer is the letter of an option (A = first option). */
  emq?: { theme: string; stems: { prompt: string; answer: string }[] }
  acceptedAnswers?: string[]
  caseSensitive?: boolean
  numerical?: { value: number; tolerance: number; unit?: string } | { min: number; max: number; unit?: string }
  explanation: string
  references: { citation: string; url?: string }[]
  tags?: string[]
}
