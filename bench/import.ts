import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import v8 from 'node:v8'
import vm from 'node:vm'
import type { Payload } from 'payload'

export type ImportFigure = {
  format: 'gift' | 'csv'
  questions: number
  seconds: number
  questionsPerSecond: number
  rssStartMb: number
  rssPeakMb: number
  /** Heap still in use after the import and a full collection, over what was in use before it: what the import keeps. */
  heapRetainedMb: number
}

/** A full garbage collection on demand, without starting Node with --expose-gc. */
function collector(): () => void {
  v8.setFlagsFromString('--expose-gc')
  return vm.runInNewContext('gc') as () => void
}

const QUESTIONS = Number(process.env.BENCH_IMPORT_QUESTIONS ?? 10_000)
const TOPICS = 8

/** A GIFT file of n questions of varied types over several categories. */
function giftFile(n: number, run: string): string {
  const blocks: string[] = []
  for (let i = 0; i < n; i++) {
    if (i % Math.ceil(n / TOPICS) === 0) blocks.push(`$CATEGORY: $course$/Bench import ${run}/Topic ${Math.floor(i / Math.ceil(n / TOPICS)) + 1}`)
    const id = `::bench-${run}-${i}::`
    switch (i % 5) {
      case 0:
        blocks.push(`${id} Which structure is keyed in question ${i}? {=Alpha#Right. ~Beta#No. ~Gamma ~Delta ~Epsilon}`)
        break
      case 1:
        blocks.push(`${id} Which two are keyed in question ${i}? {~%50%Alpha ~%50%Beta ~%-100%Gamma ~%-100%Delta}`)
        break
      case 2:
        blocks.push(`${id} Question ${i} states a true fact. {T}`)
        break
      case 3:
        blocks.push(`${id} Name the keyed word of question ${i}. {=keyed =key word}`)
        break
      default:
        blocks.push(`${id} How many units in question ${i}? {#${i % 100}:1}`)
    }
  }
  return blocks.join('\n\n') + '\n'
}

const cell = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text)

/** A CSV file (Practica's columns) of n questions of varied types. */
function csvFile(n: number, run: string): string {
  const header = 'external_id,type,category,stem,option_a,option_b,option_c,option_d,correct,explanation,difficulty,accepted_answers,numerical_value,numerical_tolerance'
  const rows = [header]
  for (let i = 0; i < n; i++) {
    const category = `Bench import ${run} > Topic ${(i % TOPICS) + 1}`
    const base = [`bench-csv-${run}-${i}`]
    switch (i % 4) {
      case 0:
        rows.push([...base, 'sba', category, `Which option is keyed in question ${i}?`, 'Alpha', 'Beta', 'Gamma', 'Delta', 'B', `Beta is keyed in question ${i}.`, String((i % 5) + 1), '', '', ''].map(cell).join(','))
        break
      case 1:
        rows.push([...base, 'multiple-response', category, `Which options are keyed in question ${i}?`, 'Alpha', 'Beta', 'Gamma', 'Delta', 'A;C', '', '3', '', '', ''].map(cell).join(','))
        break
      case 2:
        rows.push([...base, 'short-answer', category, `Name the keyed word, question ${i}.`, '', '', '', '', '', '', '2', 'keyed || key word', '', ''].map(cell).join(','))
        break
      default:
        rows.push([...base, 'numerical', category, `How many units, question ${i}?`, '', '', '', '', '', '', '4', '', String(i % 100), '1'].map(cell).join(','))
    }
  }
  return rows.join('\n') + '\n'
}

/**
 * Imports 10,000 questions from one GIFT file and from one CSV file through the same path the app
 * uses (an import document, then the `importQuestions` job), sampling this process's memory.
 */
export async function benchQuestionImport(payload: Payload): Promise<ImportFigure[]> {
  const academy = (await payload.find({ collection: 'institutions', where: { slug: { equals: 'royal-surgical-academy' } }, limit: 1, overrideAccess: true })).docs[0].id
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'practica-bench-import-'))
  const figures: ImportFigure[] = []
  const gc = collector()
  try {
    for (const format of ['gift', 'csv'] as const) {
      const run = `${format}-${Date.now().toString(36)}`
      const file = path.join(dir, `questions.${format}`)
      await fs.writeFile(file, format === 'gift' ? giftFile(QUESTIONS, run) : csvFile(QUESTIONS, run))
      const data = await fs.readFile(file)
      const doc = await payload.create({
        collection: 'question-imports',
        data: { format, dryRun: false, institution: academy, status: 'queued' },
        file: { data, mimetype: 'text/plain', name: path.basename(file), size: data.length },
        overrideAccess: true,
        depth: 0,
      })
      await payload.jobs.queue({ task: 'importQuestions', queue: 'imports', input: { importId: doc.id } })
      gc()
      const heapStart = process.memoryUsage().heapUsed
      const rssStart = process.memoryUsage().rss
      let rssPeak = rssStart
      const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 100)
      const started = performance.now()
      await payload.jobs.run({ queue: 'imports', limit: 1 })
      const seconds = (performance.now() - started) / 1000
      clearInterval(sampler)
      gc()
      const heapRetainedMb = (process.memoryUsage().heapUsed - heapStart) / 2 ** 20
      const done = await payload.findByID({ collection: 'question-imports', id: doc.id, depth: 0, overrideAccess: true })
      if (done.status !== 'completed' || (done.created ?? 0) !== QUESTIONS) {
        throw new Error(`bench: the ${format} import ended ${done.status} with ${done.created} of ${QUESTIONS} created (${done.error ?? ''})`)
      }
      const figure = { format, questions: QUESTIONS, seconds, questionsPerSecond: QUESTIONS / seconds, rssStartMb: rssStart / 2 ** 20, rssPeakMb: rssPeak / 2 ** 20, heapRetainedMb }
      console.log(`bench: import ${format}: ${QUESTIONS} questions in ${seconds.toFixed(1)} s (${figure.questionsPerSecond.toFixed(0)}/s), RSS ${figure.rssStartMb.toFixed(0)} → peak ${figure.rssPeakMb.toFixed(0)} MB, heap retained ${heapRetainedMb.toFixed(1)} MB`)
      figures.push(figure)
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
  return figures
}
