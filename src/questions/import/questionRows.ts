import { randomBytes } from 'node:crypto'

import type { draftToQuestionFields } from '../convert/draftToQuestion'
import { stemTitle } from '../convert/stemTitle'

/**
 * The rows a new, published question occupies in the tables Payload keeps for the questions
 * collection (main row, array rows, relationship rows, and the same again for its first version),
 * built exactly as Payload's create would store them: its hooks' derived fields (title, stem text,
 * authors, option letters) and its field defaults. Pure, but for the random array-row ids.
 * tests/int/question-import-bulk.int.spec.ts compares what this writes with Payload's own create,
 * and fails when a table of the collection gains a column this does not write.
 */

export type BulkQuestion = {
  fields: ReturnType<typeof draftToQuestionFields>
  stem: unknown
  explanation: unknown
  institution: number
  category: number
  subcategory: number | null
  tags: number[]
  userId: number | null
}

type Fields = BulkQuestion['fields']
/** A column and the PostgreSQL type its values are sent as (arrays of it, through unnest). */
export type Column = { name: string; type: string }
export type TableRows = { table: string; columns: Column[]; rows: unknown[][] }

const json = (value: unknown) => (value == null ? null : JSON.stringify(value))
const or = <T>(value: T | undefined, fallback: T) => (value === undefined ? fallback : value)

type MainColumn = [name: string, type: string, value: (q: BulkQuestion, derived: { title: string; stemText: string; at: string }) => unknown]

/** The questions table's columns; the version table has each as version_<name>. */
const MAIN: MainColumn[] = [
  ['institution_id', 'int4', (q) => q.institution],
  ['title', 'varchar', (_, d) => d.title],
  ['stem_text', 'varchar', (_, d) => d.stemText],
  ['type', '%type', (q) => q.fields.type],
  ['stem', 'jsonb', (q) => json(q.stem)],
  ['emq_theme', 'varchar', (q) => q.fields.emqTheme],
  ['case_sensitive', 'bool', (q) => or(q.fields.caseSensitive, false)],
  ['unit', 'varchar', (q) => q.fields.unit],
  ['explanation', 'jsonb', (q) => json(q.explanation)],
  ['difficulty', 'numeric', (q) => or(q.fields.difficulty, 3)],
  ['category_id', 'int4', (q) => q.category],
  ['subcategory_id', 'int4', (q) => q.subcategory],
  ['shared', 'bool', () => false],
  ['external_id', 'varchar', (q) => q.fields.externalId],
  ['created_by_id', 'int4', (q) => q.userId],
  ['updated_by_id', 'int4', (q) => q.userId],
  ['updated_at', 'timestamptz', (_, d) => d.at],
  ['created_at', 'timestamptz', (_, d) => d.at],
  ['_status', '%status', () => 'published'],
]

type ArraySpec = { field: keyof Fields; table: string; columns: [name: string, type: string, key: string, fallback?: unknown][] }

/** The collection's array fields, their tables and their columns with Payload's field defaults. */
const ARRAYS: ArraySpec[] = [
  {
    field: 'options',
    table: 'options',
    columns: [
      ['label', 'varchar', 'label'],
      ['text', 'varchar', 'text'],
      ['is_correct', 'bool', 'isCorrect', false],
      ['fraction', 'numeric', 'fraction'],
      ['feedback', 'varchar', 'feedback'],
    ],
  },
  { field: 'emqStems', table: 'emq_stems', columns: [['prompt', 'varchar', 'prompt'], ['answer', 'varchar', 'answer']] },
  { field: 'acceptedAnswers', table: 'accepted_answers', columns: [['text', 'varchar', 'text'], ['fraction', 'numeric', 'fraction', 1], ['feedback', 'varchar', 'feedback']] },
  {
    field: 'numericalAnswers',
    table: 'numerical_answers',
    columns: [
      ['value', 'numeric', 'value'],
      ['tolerance', 'numeric', 'tolerance', 0],
      ['min', 'numeric', 'min'],
      ['max', 'numeric', 'max'],
      ['fraction', 'numeric', 'fraction', 1],
      ['feedback', 'varchar', 'feedback'],
    ],
  },
  { field: 'references', table: 'references', columns: [['citation', 'varchar', 'citation'], ['url', 'varchar', 'url']] },
]

const inUnit = (n: unknown) => n == null || (typeof n === 'number' && n >= 0 && n <= 1)

/** Lexical nodes with no server-side hooks or validation (links, uploads, relationships and blocks have some). */
const PLAIN_NODES = new Set(['root', 'paragraph', 'text', 'linebreak', 'tab', 'heading', 'list', 'listitem', 'quote', 'horizontalrule'])

function plainRichText(state: unknown): boolean {
  if (state == null) return true
  const walk = (node: { type?: string; children?: unknown[] }): boolean => PLAIN_NODES.has(node.type ?? '') && (node.children ?? []).every((c) => walk(c as typeof node))
  const root = (state as { root?: { type?: string; children?: unknown[] } }).root
  return root != null && walk(root)
}

/** Every string a question's fields hold, array rows included. */
function strings(fields: Fields): string[] {
  const out: string[] = []
  const visit = (value: unknown) => {
    if (typeof value === 'string') out.push(value)
    else if (Array.isArray(value)) value.forEach(visit)
    else if (value && typeof value === 'object') Object.values(value).forEach(visit)
  }
  visit(fields)
  return out
}

/**
 * Whether a question needs Payload's own field validation and hooks to judge and store it: the rules
 * of its field config that validateQuestionKey does not repeat (required row texts, ranges, lengths
 * up to Payload's text limit, URLs) and rich text with nodes that have hooks or validation (links,
 * uploads). Such questions take the one-by-one path, which stores what Payload would and reports its
 * messages. Pure.
 */
export function needsFieldValidation(question: Pick<BulkQuestion, 'fields' | 'stem' | 'explanation'>, maxTextLength: number): boolean {
  const { fields } = question
  const text = (v: unknown) => typeof v === 'string' && v.trim() !== ''
  return (
    (fields.unit != null && fields.unit.length > 30) ||
    fields.acceptedAnswers.some((a) => !text(a.text) || !inUnit(a.fraction)) ||
    fields.numericalAnswers.some((a) => !inUnit(a.fraction) || (a.tolerance != null && a.tolerance < 0)) ||
    fields.references.some((r) => !text(r.citation) || (r.url != null && r.url !== '' && !/^https?:\/\/\S+$/.test(r.url))) ||
    fields.options.some((o) => !text(o.text) || (o.fraction != null && (o.fraction < -1 || o.fraction > 1))) ||
    fields.emqStems.some((s) => !text(s.prompt)) ||
    strings(fields).some((v) => v.length > maxTextLength) ||
    stemTitle(question.stem).stemText.length > maxTextLength ||
    !plainRichText(question.stem) ||
    !plainRichText(question.explanation)
  )
}

const arrayRowId = () => randomBytes(12).toString('hex')

/**
 * Rows for a batch of new questions, given the ids reserved for them (questionIds[i] and
 * versionIds[i] belong to questions[i]) and the time they are stamped with.
 */
export function questionRows(questions: BulkQuestion[], ids: { questionIds: number[]; versionIds: number[] }, at: string): TableRows[] {
  const enumOf = (type: string, version: boolean) =>
    type === '%type' ? (version ? 'enum__questions_v_version_type' : 'enum_questions_type') : type === '%status' ? (version ? 'enum__questions_v_version_status' : 'enum_questions_status') : type
  const main: TableRows = { table: 'questions', columns: [{ name: 'id', type: 'int4' }, ...MAIN.map(([name, type]) => ({ name, type: enumOf(type, false) }))], rows: [] }
  const version: TableRows = {
    table: '_questions_v',
    columns: [
      { name: 'id', type: 'int4' },
      { name: 'parent_id', type: 'int4' },
      ...MAIN.map(([name, type]) => ({ name: `version_${name}`, type: enumOf(type, true) })),
      { name: 'created_at', type: 'timestamptz' },
      { name: 'updated_at', type: 'timestamptz' },
      { name: 'latest', type: 'bool' },
    ],
    rows: [],
  }
  const arrays = ARRAYS.map((spec) => {
    const columns = spec.columns.map(([name, type]) => ({ name, type }))
    return {
      spec,
      main: { table: `questions_${spec.table}`, columns: [{ name: '_order', type: 'int4' }, { name: '_parent_id', type: 'int4' }, { name: 'id', type: 'varchar' }, ...columns], rows: [] as unknown[][] },
      version: { table: `_questions_v_version_${spec.table}`, columns: [{ name: '_order', type: 'int4' }, { name: '_parent_id', type: 'int4' }, { name: '_uuid', type: 'varchar' }, ...columns], rows: [] as unknown[][] },
    }
  })
  const relColumns = [
    { name: 'order', type: 'int4' },
    { name: 'parent_id', type: 'int4' },
    { name: 'path', type: 'varchar' },
    { name: 'tags_id', type: 'int4' },
  ]
  const rels: TableRows = { table: 'questions_rels', columns: relColumns, rows: [] }
  const versionRels: TableRows = { table: '_questions_v_rels', columns: relColumns, rows: [] }

  questions.forEach((q, i) => {
    const questionId = ids.questionIds[i]
    const versionId = ids.versionIds[i]
    const derived = { ...stemTitle(q.stem), at }
    const values = MAIN.map(([, , value]) => value(q, derived) ?? null)
    main.rows.push([questionId, ...values])
    version.rows.push([versionId, questionId, ...values, at, at, true])
    for (const { spec, main: arrayMain, version: arrayVersion } of arrays) {
      const items = (q.fields[spec.field] ?? []) as Record<string, unknown>[]
      items.forEach((item, n) => {
        const id = arrayRowId()
        const cells = spec.columns.map(([, , key, fallback]) => or(item[key], fallback) ?? null)
        arrayMain.rows.push([n + 1, questionId, id, ...cells])
        arrayVersion.rows.push([n + 1, versionId, id, ...cells])
      })
    }
    q.tags.forEach((tag, n) => {
      rels.rows.push([n + 1, questionId, 'tags', tag])
      versionRels.rows.push([n + 1, versionId, 'version.tags', tag])
    })
  })
  return [main, version, ...arrays.flatMap((a) => [a.main, a.version]), rels, versionRels].filter((t) => t.rows.length > 0)
}
