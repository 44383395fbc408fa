import type { FieldHook, Payload, TextField } from 'payload'

import { keyFieldRead } from '@/access'
import { poolOf } from '@/db/sql'
import { itemFlags } from './itemStatistics'

/** Sittings a question needs before its figures mean anything. */
export const MIN_SITTINGS = 5

/**
 * Recomputes every question's facility and discrimination index over the submitted exam sittings
 * that answered it (Moodle's discrimination index is the correlation of the item mark with the rest
 * of the sitting's score), set-based, then the flags. Run by the nightly analytics job and on demand.
 */
export async function refreshQuestionQuality(payload: Payload): Promise<number> {
  const pool = poolOf(payload)
  const { rows } = await pool.query<{ question_id: number; sittings: number; facility: number | null; discrimination_index: number | null }>(
    `select r.question_id, count(*)::int as sittings, avg(r.score / nullif(r.max_score, 0))::float8 as facility,
            (100 * corr(r.score, e.score - r.score))::float8 as discrimination_index
       from responses r join exam_sessions e on e.id = r.exam_session_id and e.status = 'submitted'
      where r.answered and r.question_id is not null
      group by r.question_id`,
  )
  const flags = rows.map((r) => (r.sittings >= MIN_SITTINGS ? itemFlags({ s: r.sittings, facility: r.facility, discriminationindex: r.discrimination_index }) : []))
  // Flags travel as comma-joined text (a text[][] parameter cannot be ragged).
  await pool.query(
    `insert into analytics_question_quality as q (question_id, sittings, facility, discrimination_index, flags, computed_at)
     select question_id, sittings, facility, discrimination_index, coalesce(string_to_array(nullif(flags, ''), ','), '{}')::varchar[], now()
       from unnest($1::int[], $2::int[], $3::float8[], $4::float8[], $5::text[]) as x(question_id, sittings, facility, discrimination_index, flags)
     on conflict (question_id) do update set sittings = excluded.sittings, facility = excluded.facility,
       discrimination_index = excluded.discrimination_index, flags = excluded.flags, computed_at = now()`,
    [rows.map((r) => r.question_id), rows.map((r) => r.sittings), rows.map((r) => r.facility), rows.map((r) => r.discrimination_index), flags.map((f) => f.join(','))],
  )
  return rows.length
}

const describe: FieldHook = async ({ originalDoc, data, req }) => {
  const id = (originalDoc as { id?: number } | undefined)?.id ?? (data as { id?: number } | undefined)?.id
  if (!id) return null
  const { rows } = await poolOf(req.payload).query<{ sittings: number; facility: number | null; discrimination_index: number | null; flags: string[] }>(
    `select sittings, facility, discrimination_index, flags from analytics_question_quality where question_id = $1`,
    [id],
  )
  const q = rows[0]
  if (!q) return 'No sittings yet'
  if (q.sittings < MIN_SITTINGS) return `${q.sittings} sitting${q.sittings === 1 ? '' : 's'} — too few to judge`
  const figures = `facility ${Math.round((q.facility ?? 0) * 100)} %, discrimination ${q.discrimination_index === null ? '—' : Math.round(q.discrimination_index)}`
  return q.flags.length ? `⚠ ${q.flags.join(', ')} (${figures})` : `OK (${figures})`
}

/** A read-only, computed column for the admin question list: the item's quality over exam sittings (staff who may read keys only). */
export const itemQualityField: TextField = {
  name: 'itemQuality',
  type: 'text',
  virtual: true,
  label: 'Item quality',
  access: { read: keyFieldRead, create: () => false, update: () => false },
  admin: { readOnly: true, position: 'sidebar', description: 'From submitted exam sittings (refreshed nightly): facility and discrimination index, with flags.' },
  hooks: { afterRead: [describe] },
}
