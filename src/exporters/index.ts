import type { ExportFormat } from '../questions/types'
import { exportCsv } from './csv'
import type { DraftSource } from './draftStream'
import { exportGift } from './gift'
import { exportJson } from './json'
import { exportMoodleXml } from './moodleXml'

export type { DraftSource } from './draftStream'

const EXPORTERS: Record<ExportFormat, (drafts: DraftSource) => AsyncGenerator<string>> = {
  gift: exportGift,
  'moodle-xml': exportMoodleXml,
  csv: exportCsv,
  json: exportJson,
}

/** Write drafts in a file format, streamed as text chunks (one question per chunk, plus header and footer). */
export function exportQuestions(format: ExportFormat, drafts: DraftSource): AsyncGenerator<string> {
  const write = EXPORTERS[format]
  if (!write) throw new Error(`Unknown export format "${format}" (expected one of ${Object.keys(EXPORTERS).join(', ')}).`)
  return write(drafts)
}
