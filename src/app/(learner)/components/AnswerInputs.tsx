'use client'

import React from 'react'

import type { Draft } from '../lib/answers'
import type { AcceptedNumber, LearnerQuestion, Reveal } from '../lib/types'

type Props = {
  question: LearnerQuestion
  draft: Draft
  onChange?: (draft: Draft) => void
  /** Text and number fields: the learner left the field (a good moment to save). */
  onCommit?: () => void
  disabled?: boolean
  /** Marks the key beside the learner's answer (after answering, or in a review). */
  reveal?: Reveal
  idPrefix: string
}

const numberText = (n: AcceptedNumber, unit: string) =>
  'min' in n ? `between ${n.min} and ${n.max}${unit}` : n.tolerance ? `${n.value} ± ${n.tolerance}${unit}` : `${n.value}${unit}`

function ChoiceInputs({ question, draft, onChange, disabled, reveal, idPrefix }: Props) {
  const multi = question.type === 'multiple-response'
  const legend = multi ? 'Select all that apply' : question.type === 'true-false' ? 'True or false?' : 'Choose one answer'
  const toggle = (id: string, on: boolean) => {
    const selected = multi ? (on ? [...draft.selected, id] : draft.selected.filter((s) => s !== id)) : [id]
    onChange?.({ ...draft, selected })
  }
  return (
    <fieldset className="answer-options">
      <legend>{legend}</legend>
      {(question.options ?? []).map((o) => {
        const id = `${idPrefix}-option-${o.id}`
        const chosen = draft.selected.includes(o.id)
        const correct = reveal?.correct_option_ids.includes(o.id)
        const mark = !reveal ? null : correct ? (chosen ? '✓ Your answer, correct' : '✓ Correct answer') : chosen ? '✗ Your answer' : null
        const feedback = reveal?.option_feedback[o.id]
        return (
          <div key={o.id} className={`option${chosen ? ' is-chosen' : ''}${reveal && correct ? ' is-key' : ''}${reveal && chosen && !correct ? ' is-wrong' : ''}`}>
            <input id={id} type={multi ? 'checkbox' : 'radio'} name={`${idPrefix}-choice`} value={o.id} checked={chosen} disabled={disabled} onChange={(e) => toggle(o.id, e.target.checked)} />
            <label htmlFor={id}>
              <span className="option-letter">{o.label}.</span> {o.text}
            </label>
            {mark && <span className="mark">{mark}</span>}
            {feedback && <p className="option-feedback">{feedback}</p>}
          </div>
        )
      })}
    </fieldset>
  )
}

function MatchingInputs({ question, draft, onChange, disabled, reveal, idPrefix }: Props) {
  const options = question.options ?? []
  const byId = new Map(options.map((o) => [o.id, o]))
  return (
    <div className="emq">
      {question.emq?.theme && <p className="emq-theme"><strong>Theme:</strong> {question.emq.theme}</p>}
      <h3 className="small-heading" id={`${idPrefix}-options`}>Options</h3>
      <ol className="emq-options" aria-labelledby={`${idPrefix}-options`}>
        {options.map((o) => <li key={o.id}><span className="option-letter">{o.label}.</span> {o.text}</li>)}
      </ol>
      <h3 className="small-heading">For each item, choose the best option</h3>
      {(question.emq?.stems ?? []).map((stem, i) => {
        const id = `${idPrefix}-stem-${stem.id}`
        const chosen = draft.matches[stem.id] ?? ''
        const key = reveal?.correct_matches?.[stem.id]
        const right = key && byId.get(key)
        return (
          <div key={stem.id} className={`emq-stem${reveal ? (chosen === key ? ' is-key' : ' is-wrong') : ''}`}>
            <label htmlFor={id}>{i + 1}. {stem.prompt}</label>
            <select id={id} value={chosen} disabled={disabled} onChange={(e) => onChange?.({ ...draft, matches: { ...draft.matches, [stem.id]: e.target.value } })}>
              <option value="">Choose an option</option>
              {options.map((o) => <option key={o.id} value={o.id}>{o.label}. {o.text}</option>)}
            </select>
            {reveal && <p className="mark">{chosen === key ? '✓ Correct' : `✗ Correct answer: ${right ? `${right.label}. ${right.text}` : '—'}`}</p>}
          </div>
        )
      })}
    </div>
  )
}

function TextInput({ question, draft, onChange, onCommit, disabled, reveal, idPrefix }: Props) {
  const numeric = question.type === 'numerical'
  const unit = numeric && question.unit ? question.unit : ''
  const id = `${idPrefix}-text`
  const accepted = numeric ? (reveal?.accepted_numbers ?? []).map((n) => numberText(n, unit ? ` ${unit}` : '')) : (reveal?.accepted_answers ?? [])
  return (
    <div className="text-answer">
      <label htmlFor={id}>{numeric ? `Your answer${unit ? ` (in ${unit})` : ' (a number)'}` : 'Your answer'}</label>
      <div className="with-unit">
        <input
          id={id}
          type="text"
          inputMode={numeric ? 'decimal' : 'text'}
          autoComplete="off"
          spellCheck={!numeric}
          value={draft.text}
          disabled={disabled}
          onChange={(e) => onChange?.({ ...draft, text: e.target.value })}
          onBlur={onCommit}
          aria-describedby={unit ? `${id}-unit` : undefined}
        />
        {unit && <span id={`${id}-unit`} className="unit">{unit}</span>}
      </div>
      {reveal && (
        <p className="mark">
          {numeric ? 'Accepted answer' : 'Accepted answers'}: {accepted.length ? accepted.join('; ') : '—'}
        </p>
      )}
    </div>
  )
}

/** The answer controls for any question type, optionally marked with the key. */
export function AnswerInputs(props: Props) {
  const { type } = props.question
  if (type === 'emq') return <MatchingInputs {...props} />
  if (type === 'short-answer' || type === 'numerical') return <TextInput {...props} />
  return <ChoiceInputs {...props} />
}
