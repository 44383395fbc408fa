import { readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { slugify } from '../../src/fields/slug'
import { QUESTION_TYPES } from '../../src/questions/types'
import { validateQuestionKey } from '../../src/questions/validate'
import { seedQuestionData } from '../questionBank'
import { seedCategories } from '../taxonomy'
import { seedQuestionsByCategory } from './index'
import type { SeedQuestion } from './types'

const dir = path.dirname(new URL(import.meta.url).pathname)
const categoryFiles = readdirSync(dir).filter((f) => f.endsWith('.ts') && !/^(index|types)\.ts$/.test(f) && !f.endsWith('.spec.ts'))

async function loadFile(file: string): Promise<SeedQuestion[]> {
  return ((await import(path.join(dir, file))) as { questions: SeedQuestion[] }).questions
}

describe('seed questions', () => {
  it('registers every question file under its category, with unique keys across the seed', () => {
    const registered = Object.keys(seedQuestionsByCategory).map((name) => slugify(name)).sort()
    expect(registered).toEqual(categoryFiles.map((f) => f.replace(/\.ts$/, '')).sort())
    const all = Object.values(seedQuestionsByCategory).flat()
    expect(new Set(all.map((q) => q.key)).size).toBe(all.length)
    expect(new Set(all.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES))
  })

  it('covers every taxonomy category with at least 12 questions, 300 in all', () => {
    expect(Object.keys(seedQuestionsByCategory).sort()).toEqual(seedCategories.map((c) => c.name).sort())
    for (const [name, questions] of Object.entries(seedQuestionsByCategory)) expect(questions.length, name).toBeGreaterThanOrEqual(12)
    expect(Object.values(seedQuestionsByCategory).flat().length).toBeGreaterThanOrEqual(300)
  })

  for (const file of categoryFiles) {
    it(`${file}: every question is publishable, in a known subcategory, with an explanation and references`, async () => {
      const category = seedCategories.find((c) => slugify(c.name) === file.replace(/\.ts$/, ''))
      expect(category, `no taxonomy category for ${file}`).toBeDefined()
      const questions = await loadFile(file)
      expect(questions.length).toBeGreaterThanOrEqual(12)
      for (const q of questions) {
        expect(category!.subcategories, `${q.key} subcategory`).toContain(q.subcategory)
        expect(validateQuestionKey(seedQuestionData(q)), q.key).toEqual([])
        expect(q.stem.trim().length, `${q.key} stem`).toBeGreaterThan(20)
        expect(q.explanation.trim().length, `${q.key} explanation`).toBeGreaterThan(80)
        expect(q.references.length, `${q.key} references`).toBeGreaterThan(0)
      }
    })
  }
})
