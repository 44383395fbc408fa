'use client'

import { useAllFormFields } from '@payloadcms/ui'
import React from 'react'
import { reduceFieldsToValues } from 'payload/shared'

import { lexicalToText } from '@/questions/lexical'
import './preview.css'

type Option = { label?: string; text?: string; isCorrect?: boolean; fraction?: number | null; feedback?: string }
type Values = {
  type?: string
  stem?: unknown
  emqTheme?: string
  options?: Option[]
  emqStems?: { prompt?: string; answer?: string }[]
  acceptedAnswers?: { text?: string; fraction?: number }[]
  numericalAnswers?: { value?: number; tolerance?: number; min?: number; max?: number }[]
  unit?: string
  explanation?: unknown
  references?: { citation?: string; url?: string }[]
}

const Paragraphs = ({ text }: { text: string }) => <>{text.split('\n\n').map((p, i) => <p key={i}>{p}</p>)}</>

/** What a learner is shown: the stem and choices, nothing that gives the answer away. */
function LearnerView({ q }: { q: Values }) {
  const options = q.options ?? []
  return (
    <div className="qp-card" aria-label="Learner view">
      {q.type === 'emq' && q.emqTheme && <p className="qp-theme">Theme: {q.emqTheme}</p>}
      <Paragraphs text={lexicalToText(q.stem) || '(no stem yet)'} />
      {q.type !== 'short-answer' && q.type !== 'numerical' && (
        <ol className="qp-options">{options.map((o, i) => <li key={i}><span className="qp-label">{o.label}</span> {o.text}</li>)}</ol>
      )}
      {q.type === 'emq' && (
        <ol className="qp-stems">{(q.emqStems ?? []).map((s, i) => <li key={i}>{s.prompt} <span className="qp-blank">[choose A–{options.at(-1)?.label ?? '?'}]</span></li>)}</ol>
      )}
      {q.type === 'short-answer' && <p className="qp-blank">[free-text answer]</p>}
      {q.type === 'numerical' && <p className="qp-blank">[number{q.unit ? ` in ${q.unit}` : ''}]</p>}
      {q.type === 'multiple-response' && <p className="qp-hint">Select all that apply.</p>}
    </div>
  )
}

/** The same question with its key: what editors check before publishing. */
function KeyedView({ q }: { q: Values }) {
  const options = q.options ?? []
  return (
    <div className="qp-card qp-keyed" aria-label="Keyed view">
      {q.type !== 'short-answer' && q.type !== 'numerical' && q.type !== 'emq' && (
        <ol className="qp-options">
          {options.map((o, i) => (
            <li key={i} className={o.isCorrect ? 'qp-correct' : undefined}>
              <span className="qp-label">{o.label}</span> {o.text} {o.isCorrect ? '✓ correct' : ''}
              {o.fraction != null && <em> (credit {o.fraction})</em>}
              {o.feedback && <div className="qp-feedback">{o.feedback}</div>}
            </li>
          ))}
        </ol>
      )}
      {q.type === 'emq' && <ol className="qp-stems">{(q.emqStems ?? []).map((s, i) => <li key={i}>{s.prompt} → <strong>{s.answer || '(not keyed)'}</strong></li>)}</ol>}
      {q.type === 'short-answer' && <ul>{(q.acceptedAnswers ?? []).map((a, i) => <li key={i}>“{a.text}” {a.fraction != null && a.fraction < 1 ? `(credit ${a.fraction})` : ''}</li>)}</ul>}
      {q.type === 'numerical' && (
        <ul>{(q.numericalAnswers ?? []).map((a, i) => <li key={i}>{a.min != null || a.max != null ? `${a.min} to ${a.max}` : `${a.value} ± ${a.tolerance ?? 0}`} {q.unit}</li>)}</ul>
      )}
      <h4>Explanation</h4>
      <Paragraphs text={lexicalToText(q.explanation) || '(none yet)'} />
      {(q.references ?? []).length > 0 && <ul className="qp-refs">{q.references!.map((r, i) => <li key={i}>{r.citation}</li>)}</ul>}
    </div>
  )
}

/** Side by side: the question as a learner sees it (no key) and the keyed view, live as the editor types. */
export function QuestionPreview() {
  const [fields] = useAllFormFields()
  const q = reduceFieldsToValues(fields, true) as Values
  return (
    <section className="qp" aria-label="Question preview">
      <h3>Preview</h3>
      <div className="qp-columns">
        <div><h4>As a learner sees it</h4><LearnerView q={q} /></div>
        <div><h4>With the answer key</h4><KeyedView q={q} /></div>
      </div>
    </section>
  )
}
