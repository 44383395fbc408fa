import type { Payload } from 'payload'

import { type AccessUser, hasInstitutionRole, isPlatformAdmin, KEY_READER_ROLES } from '@/access'
import { poolOf } from '@/db/sql'
import { RequestError } from '@/lib/errors'
import { analyseSittings, type Sitting } from '../items/itemStatistics'

type Row = { session_id: number; question_ids: number[]; question_id: number | null; score: number | null; max_score: number | null }

/**
 * GET /analytics/items?template=: Moodle's item analysis of a paper's submitted sittings, for the staff
 * who may read its answer keys (editors, examiners, instructors and admins of its institution).
 */
export async function templateItems(payload: Payload, user: AccessUser, templateId: number) {
  const pool = poolOf(payload)
  const { rows: templates } = await pool.query<{ name: string; institution_id: number | null }>(`select name, institution_id from exam_templates where id = $1`, [templateId])
  const template = templates[0]
  if (!template) throw new RequestError(404, `No exam template has the id ${templateId}.`, 'template')
  const allowed = isPlatformAdmin(user) || (template.institution_id === null ? hasInstitutionRole(user, KEY_READER_ROLES) : hasInstitutionRole(user, KEY_READER_ROLES, template.institution_id))
  if (!allowed) throw new RequestError(403, 'Item statistics are for the editors, examiners, instructors and admins of the paper’s institution.', 'template')
  const { rows } = await pool.query<Row>(
    `select e.id as session_id, e.question_ids, r.question_id, r.score::float8 as score, r.max_score::float8 as max_score
       from exam_sessions e left join responses r on r.exam_session_id = e.id and r.answered
      where e.template_id = $1 and e.status = 'submitted' order by e.id`,
    [templateId],
  )
  // A question's maximum, from any answer to it (1 when nobody answered it).
  const maxOf = new Map<number, number>()
  for (const r of rows) if (r.question_id !== null && r.max_score !== null) maxOf.set(r.question_id, Math.max(maxOf.get(r.question_id) ?? 0, r.max_score))
  const sittings = new Map<number, Sitting>()
  for (const r of rows) {
    if (!sittings.has(r.session_id)) sittings.set(r.session_id, new Map(r.question_ids.map((q) => [q, { mark: 0, max: maxOf.get(q) ?? 1 }])))
    if (r.question_id !== null) sittings.get(r.session_id)!.set(r.question_id, { mark: Math.max(0, r.score ?? 0), max: r.max_score ?? 1 })
  }
  const { test, items } = analyseSittings([...sittings.values()])
  const { rows: titles } = await pool.query<{ id: number; title: string | null; stem_text: string | null }>(`select id, title, stem_text from questions where id = any($1::int[])`, [items.map((i) => i.question)])
  const titleOf = new Map(titles.map((t) => [t.id, t.title || (t.stem_text ?? '').slice(0, 120)]))
  return {
    template: { id: templateId, name: template.name },
    test,
    items: items.map((i) => ({ ...i, title: titleOf.get(i.question) ?? null })),
    flagged: items.filter((i) => i.flags.length > 0).length,
  }
}
