import type { Metadata, Viewport } from 'next'
import Link from 'next/link'
import React from 'react'

import { MainNav } from './components/MainNav'
import './learner.css'
import './questions.css'
import './exam.css'
import './history.css'
import './dashboard.css'

export const metadata: Metadata = { title: 'Practica', description: 'Exam preparation, courses and clinical competencies.' }
export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

export default function LearnerLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip" href="#main">Skip to content</a>
        <header className="topbar">
          <Link href="/" className="brand">Practica</Link>
          <MainNav />
        </header>
        <main id="main" className="page">{children}</main>
      </body>
    </html>
  )
}
