import { stringify } from 'csv-stringify/sync'

import { CSV_COLUMNS } from '../importers/csvColumns'
import type { DraftSource } from './draftStream'
import { eachDraft } from './draftStream'
import { csvRecord } from './csvRow'

/** CSV, streamed: the header row, then one row per question (columns in src/importers/FORMATS.md). */
export async function* exportCsv(drafts: DraftSource): AsyncGenerator<string> {
  yield stringify([[...CSV_COLUMNS]])
  for await (const draft of eachDraft(drafts)) yield stringify([csvRecord(draft)])
}
