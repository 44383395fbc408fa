'use client'

import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { apiFetch, errorMessage, newIdempotencyKey } from '../../lib/api'
import { signInIfExpired } from '../../lib/auth'
import type { SuggestedTopic } from '../../lib/progress'
import { ResourceLine } from '../ResourceLine'

/**
 * Suggested topics with their reason: "Practice now" starts the session the API describes for the
 * topic; "Not now" dismisses it for a while (the list then refreshes).
 */
export function SuggestedTopics({ topics, onChanged }: { topics: SuggestedTopic[]; onChanged: () => void }) {
  const router = useRouter()
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  if (!topics.length) return <p className="muted">No suggestions yet. They appear as you practise.</p>

  async function run(label: string, action: () => Promise<void>) {
    setBusy(label)
    setError(null)
    try {
      await action()
    } catch (caught) {
      if (signInIfExpired(caught)) return
      setError(errorMessage(caught))
      setBusy(null)
    }
  }
  const practise = (t: SuggestedTopic) =>
    run(`practise-${t.slug}`, async () => {
      if (!t.practice) return router.push(`/practice?category=${encodeURIComponent(t.slug)}`)
      const session = await apiFetch<{ id: number }>(t.practice.path.replace(/^\/api\/v1/, ''), { method: 'POST', json: t.practice.body, idempotencyKey: newIdempotencyKey() })
      router.push(`/practice/${session.id}`)
    })
  const dismiss = (t: SuggestedTopic) =>
    run(`dismiss-${t.slug}`, async () => {
      await apiFetch('/recommendations/dismiss', { method: 'POST', json: { suggestion_id: t.id } })
      setBusy(null)
      onChanged()
    })

  return (
    <>
      <ul className="plain-list">
        {topics.map((t) => (
          <li key={t.slug} className="topic">
            <div className="topic-head">
              <span>
                <strong>{t.category}</strong> <span className="chip">{t.reason}</span>
                {t.score_percent !== null && <span className="muted">{t.score_percent} % right</span>}
                {t.due_count ? <span className="muted"> · {t.due_count} due</span> : null}
              </span>
              <span className="topic-actions">
                <button type="button" onClick={() => practise(t)} disabled={busy !== null} aria-label={`Practice now: ${t.category}`}>
                  {busy === `practise-${t.slug}` ? 'Starting…' : 'Practice now'}
                </button>
                {t.id !== undefined && (
                  <button type="button" className="secondary" onClick={() => dismiss(t)} disabled={busy !== null} aria-label={`Not now: ${t.category}`}>
                    Not now
                  </button>
                )}
              </span>
            </div>
            {t.resources && t.resources.length > 0 && (
              <ul className="plain-list topic-resources" aria-label={`Resources for ${t.category}`}>
                {t.resources.map((r) => (
                  <li key={r.id}>
                    <ResourceLine resource={r} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </>
  )
}
