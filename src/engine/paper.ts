import type { Payload } from 'payload'

import type { Tx } from '@/db/sql'
import { RequestError } from '@/lib/errors'
import type { ExamTemplate } from '@/payload-types'
import { candidateQuestions } from './bank'
import type { EngineUser } from './practice'
import { drawQuestions, seededShuffle } from './selection'

const idOf = (value: unknown): number | null => (value == null ? null : typeof value === 'object' ? (value as { id: number }).id : Number(value))

/** The template if the learner may sit it (404 otherwise), read in full server-side: its question list is not the learner's to read. */
export async function loadTemplate(payload: Payload, user: EngineUser, id: number): Promise<ExamTemplate> {
  const visible = await payload.find({
    collection: 'exam-templates',
    where: { and: [{ id: { equals: id } }, { active: { equals: true } }] },
    overrideAccess: false,
    user,
    depth: 0,
    limit: 1,
    pagination: false,
    select: { name: true },
  })
  if (!visible.docs[0]) throw new RequestError(404, `Exam template ${id} was not found.`, 'template_id')
  return payload.findByID({ collection: 'exam-templates', id, depth: 0, overrideAccess: true })
}

/** The paper's questions for one session: the fixed list (shuffled if asked) or a fresh draw per blueprint row. */
export async function drawPaper(tx: Pick<Tx, 'query'>, template: ExamTemplate, seed: string): Promise<number[]> {
  if ((template.selection ?? 'fixed') === 'fixed') {
    const ids = (template.questions ?? []).map(idOf).filter((id): id is number => id != null)
    return template.shuffleQuestions ? seededShuffle(ids, seed) : ids
  }
  const institution = idOf(template.institution)
  const drawn: number[] = []
  for (const [i, row] of (template.blueprint ?? []).entries()) {
    const candidates = await candidateQuestions(tx, {
      institutions: institution == null ? [] : [institution],
      categoryIds: [idOf(row.category)!],
      subcategoryIds: row.subcategory ? [idOf(row.subcategory)!] : null,
      difficulties: row.difficulty ? [row.difficulty] : null,
      exclude: drawn,
    })
    if (candidates.length < row.count) {
      throw new RequestError(409, `${template.name}: blueprint row ${i + 1} asks for ${row.count} questions but the bank has ${candidates.length}; ask an examiner to fix the paper.`, 'template_id')
    }
    drawn.push(...drawQuestions(candidates, row.count, `${seed}:${i}`))
  }
  return template.shuffleQuestions ? seededShuffle(drawn, seed) : drawn
}
