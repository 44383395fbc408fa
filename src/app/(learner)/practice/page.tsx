'use client'

import Link from 'next/link'
import { useRouter } from 'next/navigation'
import React, { useRef, useState } from 'react'

import { ErrorNotice, Loading } from '../components/Status'
import { type ApiError, apiFetch, isApiError, newIdempotencyKey } from '../lib/api'
import { chosenInstitution, signInIfExpired } from '../lib/auth'
import { formatDateTime, plural } from '../lib/format'
import { type Category, type Chosen, practiceFilter } from '../lib/practiceFilter'
import type { Page, PracticeSession, PracticeSummary } from '../lib/types'
import { useApi } from '../lib/useApi'
import { useDocumentTitle } from '../lib/useDocumentTitle'
import { useMe } from '../lib/useMe'
import { CategoryPicker } from './_components/CategoryPicker'

type ReviewQueue = { due_now: number; total: number; next_due_at: string | null }

type CategoryDoc = { id: number; name: string; slug: string; subcategories?: { docs?: ({ id: number; name: string; slug: string; path: string } | number)[] } }

const CATEGORIES =
  '/categories?where[parent][exists]=false&limit=100&depth=1&sort=order&joins[questions]=false&joins[subcategories][limit]=100&select[name]=true&select[slug]=true&select[subcategories]=true'

const OPTIONS = [
  { name: 'include_explanations', label: 'Show explanations after each answer', initial: true },
  { name: 'unseen_first', label: 'Questions I have not seen first', initial: false },
  { name: 'incorrect_only', label: 'Only questions I got wrong last time', initial: false },
  { name: 'flagged_only', label: 'Only questions I flagged', initial: false },
] as const
type OptionName = (typeof OPTIONS)[number]['name']

const toCategories = (docs: CategoryDoc[]): Category[] =>
  docs.map((c) => ({
    id: c.id,
    name: c.name,
    slug: c.slug,
    subcategories: (c.subcategories?.docs ?? []).filter((s): s is Exclude<typeof s, number> => typeof s === 'object'),
  }))

export default function PracticeSetup() {
  useDocumentTitle('Practice')
  const router = useRouter()
  const { me, institutionIds } = useMe()
  const categories = useApi<{ docs: CategoryDoc[] }>(me ? CATEGORIES : null)
  const recent = useApi<Page<PracticeSummary>>(me ? '/practice/sessions?limit=10' : null)
  // A link such as the dashboard's "Practice now" (/practice?category=urology) preselects a category.
  const [chosen, setChosen] = useState<Chosen>(() => {
    const slug = typeof window === 'undefined' ? null : new URLSearchParams(window.location.search).get('category')
    return slug ? { [slug]: [] } : {}
  })
  // The review queue (plugins/recommendations): absent when the plugin is not installed.
  const queue = useApi<ReviewQueue>(me ? '/recommendations/review-queue?limit=1' : null)
  const [mode, setMode] = useState<'standard' | 'review'>(() => (typeof window !== 'undefined' && new URLSearchParams(window.location.search).get('mode') === 'review' ? 'review' : 'standard'))
  const [count, setCount] = useState('10')
  const [options, setOptions] = useState<Record<OptionName, boolean>>(() => Object.fromEntries(OPTIONS.map((o) => [o.name, o.initial])) as Record<OptionName, boolean>)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ApiError | string | null>(null)
  // One key per setup: a double click or a retry starts one session, not two.
  const key = useRef(newIdempotencyKey())

  if (!me || (!categories.data && !categories.error)) return <Loading />
  if (categories.error) return <ErrorNotice error={categories.error} onRetry={categories.reload} />
  const list = toCategories(categories.data!.docs)
  const open = (recent.data?.docs ?? []).filter((s) => s.status === 'open')

  async function start(event: React.FormEvent) {
    event.preventDefault()
    const questionCount = Number(count)
    if (!Number.isInteger(questionCount) || questionCount < 1 || questionCount > 200) {
      setError('Choose between 1 and 200 questions.')
      return
    }
    setBusy(true)
    setError(null)
    try {
      const chosenOptions = mode === 'review' ? { include_explanations: options.include_explanations } : options
      const body = { mode, ...practiceFilter(list, chosen), question_count: questionCount, ...chosenOptions, institution_id: chosenInstitution(institutionIds) }
      const session = await apiFetch<PracticeSession>('/practice/sessions', { method: 'POST', json: body, idempotencyKey: key.current })
      router.push(`/practice/${session.id}`)
    } catch (caught) {
      if (signInIfExpired(caught)) return
      key.current = newIdempotencyKey()
      setError(isApiError(caught) ? caught : 'Could not reach Practica. Check your connection and try again.')
      setBusy(false)
    }
  }

  return (
    <>
      <section className="card">
        <h1>Practise questions</h1>
        {open.length > 0 && (
          <div className="notice">
            <h2 className="small-heading">Continue where you left off</h2>
            <ul className="plain-list">
              {open.map((s) => (
                <li key={s.id}>
                  <Link href={`/practice/${s.id}`}>Resume session of {formatDateTime(s.started_at)}</Link>{' '}
                  <span className="muted">({s.answered} of {plural(s.question_count, 'question')} answered)</span>
                </li>
              ))}
            </ul>
          </div>
        )}
        <form onSubmit={start} noValidate>
          {queue.data && (
            <fieldset>
              <legend>What to practise</legend>
              <div className="check">
                <input id="mode-standard" type="radio" name="mode" checked={mode === 'standard'} onChange={() => setMode('standard')} />
                <label htmlFor="mode-standard">Questions from the bank</label>
              </div>
              <div className="check">
                <input id="mode-review" type="radio" name="mode" checked={mode === 'review'} onChange={() => setMode('review')} />
                <label htmlFor="mode-review">
                  My review queue: {plural(queue.data.due_now, 'question')} due now
                  {queue.data.due_now === 0 && queue.data.next_due_at ? ` (next due ${formatDateTime(queue.data.next_due_at)})` : ''}
                </label>
              </div>
              <p className="hint">Questions you got wrong, or right but unsure, come back for review on a spaced-repetition schedule.</p>
            </fieldset>
          )}
          <CategoryPicker categories={list} chosen={chosen} onChange={setChosen} />
          <fieldset>
            <legend>Options</legend>
            <label htmlFor="question-count">Number of questions</label>
            <input id="question-count" type="number" inputMode="numeric" min={1} max={200} value={count} onChange={(e) => setCount(e.target.value)} className="narrow" />
            {OPTIONS.filter((o) => mode === 'standard' || o.name === 'include_explanations').map((o) => (
              <div key={o.name} className="check">
                <input id={`option-${o.name}`} type="checkbox" checked={options[o.name]} onChange={(e) => setOptions({ ...options, [o.name]: e.target.checked })} />
                <label htmlFor={`option-${o.name}`}>{o.label}</label>
              </div>
            ))}
          </fieldset>
          {error && <ErrorNotice error={error} />}
          <button type="submit" disabled={busy}>{busy ? 'Starting…' : 'Start practice'}</button>
        </form>
      </section>
    </>
  )
}
