'use client'

import React from 'react'

type Item = { id: number; position: number; answered: boolean; flagged: boolean }

/** Every question of the paper as a button: answered, flagged and current at a glance (in words too, for screen readers). */
export function ExamNavigator({ items, current, onGo }: { items: Item[]; current: number; onGo: (index: number) => void }) {
  const answered = items.filter((i) => i.answered).length
  const flagged = items.filter((i) => i.flagged).length
  return (
    <nav className="navigator" aria-label="Questions">
      <p className="muted navigator-summary">{answered} of {items.length} answered · {flagged} flagged</p>
      <ol>
        {items.map((item, index) => {
          const state = [item.answered ? 'answered' : 'not answered', item.flagged ? 'flagged' : ''].filter(Boolean).join(', ')
          return (
            <li key={item.id}>
              <button
                type="button"
                className={`nav-item${item.answered ? ' is-answered' : ''}${item.flagged ? ' is-flagged' : ''}`}
                aria-current={index === current ? 'step' : undefined}
                aria-label={`Question ${item.position}, ${state}`}
                onClick={() => onGo(index)}
              >
                {item.position}
                {item.flagged && <span className="flag-dot" aria-hidden="true">⚑</span>}
              </button>
            </li>
          )
        })}
      </ol>
      <ul className="navigator-legend muted" aria-hidden="true">
        <li><span className="nav-item is-answered legend-swatch">1</span> answered</li>
        <li><span className="nav-item legend-swatch">1</span> not answered</li>
        <li><span className="legend-swatch legend-flag">⚑</span> flagged</li>
      </ul>
    </nav>
  )
}
