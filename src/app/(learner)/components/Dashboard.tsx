import Link from 'next/link'
import React from 'react'

const AREAS = [
  { href: '/practice', title: 'Practise questions', text: 'Pick topics, answer one question at a time and learn from instant feedback.' },
  { href: '/exams', title: 'Sit a mock exam', text: 'Timed papers under exam conditions, with results and a full review.' },
  { href: '/history', title: 'Your history', text: 'Past practice sessions and exams: scores, dates and durations.' },
]

/** The learner's way in to practice, exams and history from the home page. */
export function Dashboard() {
  return (
    <section aria-labelledby="dashboard-heading" className="dashboard">
      <h2 id="dashboard-heading">What would you like to do?</h2>
      <ul className="tiles">
        {AREAS.map((area) => (
          <li key={area.href}>
            <Link href={area.href} className="tile">
              <span className="tile-title">{area.title}</span>
              <span className="tile-text">{area.text}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
