import type { Payload } from 'payload'

import { slugify } from '../src/fields/slug'
import { textToLexical } from '../src/questions/lexical'
import { optionLabel } from '../src/questions/validate'
import { seedQuestionsByCategory } from './questions'
import type { SeedQuestion } from './questions/types'
import { seedCategories } from './taxonomy'

type CategoryIds = Map<string, { id: number; subcategories: Map<string, number> }>

async function upsertCategory(payload: Payload, data: { name: string; slug: string; description?: string; order: number; parent?: number }, path: string): Promise<number> {
  const found = await payload.find({ collection: 'categories', where: { path: { equals: path } }, limit: 1, depth: 0, overrideAccess: true })
  const doc = found.docs[0]
    ? await payload.update({ collection: 'categories', id: found.docs[0].id, data, depth: 0, overrideAccess: true })
    : await payload.create({ collection: 'categories', data, depth: 0, overrideAccess: true })
  return doc.id
}

/** The 25 categories with their subcategories, matched by path so re-seeding updates in place. */
export async function seedTaxonomy(payload: Payload): Promise<CategoryIds> {
  const ids: CategoryIds = new Map()
  for (const [order, category] of seedCategories.entries()) {
    const slug = slugify(category.name)
    const id = await upsertCategory(payload, { name: category.name, slug, description: category.description, order }, slug)
    const subcategories = new Map<string, number>()
    for (const [subOrder, name] of category.subcategories.entries()) {
      const subSlug = slugify(name)
      subcategories.set(name, await upsertCategory(payload, { name, slug: subSlug, order: subOrder, parent: id }, `${slug}/${subSlug}`))
    }
    ids.set(category.name, { id, subcategories })
  }
  return ids
}

async function tagIds(payload: Payload, names: string[], cache: Map<string, number>): Promise<number[]> {
  const ids: number[] = []
  for (const name of names) {
    if (!cache.has(name)) {
      const found = await payload.find({ collection: 'tags', where: { name: { equals: name } }, limit: 1, depth: 0, overrideAccess: true })
      const doc = found.docs[0] ?? (await payload.create({ collection: 'tags', data: { name }, depth: 0, overrideAccess: true }))
      cache.set(name, doc.id)
    }
    ids.push(cache.get(name)!)
  }
  return ids
}

/** A seed question as question-document data (the same shape an editor saves). */
export function seedQuestionData(q: SeedQuestion) {
  const numerical = q.numerical
    ? [{ ...('min' in q.numerical ? { min: q.numerical.min, max: q.numerical.max, tolerance: 0 } : { value: q.numerical.value, tolerance: q.numerical.tolerance }), fraction: 1 }]
    : undefined
  return {
    type: q.type,
    stem: textToLexical(q.stem),
    difficulty: q.difficulty,
    options: (q.options ?? []).map((o, i) => ({ label: optionLabel(i), text: o.text, isCorrect: Boolean(o.correct), feedback: o.feedback })),
    emqTheme: q.emq?.theme,
    emqStems: q.emq?.stems.map((s) => ({ prompt: s.prompt, answer: s.answer.toUpperCase() })),
    acceptedAnswers: q.acceptedAnswers?.map((text) => ({ text, fraction: 1 })),
    caseSensitive: q.caseSensitive ?? false,
    numericalAnswers: numerical,
    unit: q.numerical?.unit,
    explanation: textToLexical(q.explanation),
    references: q.references,
  }
}

/** At least 300 published questions over the 25 categories, shared with every institution. Returns how many the seed holds. */
export async function seedQuestions(payload: Payload, categories: CategoryIds, owner: { institution: number; editor: number }): Promise<number> {
  const tags = new Map<string, number>()
  let count = 0
  for (const [categoryName, questions] of Object.entries(seedQuestionsByCategory)) {
    const category = categories.get(categoryName)
    if (!category) throw new Error(`Seed questions name an unknown category "${categoryName}"`)
    for (const q of questions) {
      const subcategory = category.subcategories.get(q.subcategory)
      if (subcategory == null) throw new Error(`Seed question ${q.key}: unknown subcategory "${q.subcategory}" in ${categoryName}`)
      const data = {
        ...seedQuestionData(q),
        category: category.id,
        subcategory,
        tags: await tagIds(payload, q.tags ?? [], tags),
        institution: owner.institution,
        shared: true,
        externalId: `seed:${q.key}`,
        createdBy: owner.editor,
        updatedBy: owner.editor,
        _status: 'published' as const,
      }
      // Created once: re-seeding neither duplicates nor overwrites an editor's later changes (or adds versions).
      const existing = await payload.count({ collection: 'questions', where: { externalId: { equals: data.externalId } }, overrideAccess: true })
      if (existing.totalDocs === 0) await payload.create({ collection: 'questions', data, depth: 0, overrideAccess: true })
      count++
    }
  }
  return count
}
