import type { Metadata, Viewport } from 'next'
import Link from 'next/link'
import React from 'react'

import './learner.css'

export const metadata: Metadata = { title: 'Practica', description: 'Exam preparation, courses and clinical competencies.' }
export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

export default function LearnerLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip" href="#main">Skip to content</a>
        <header className="topbar">
          <Link href="/" className="brand">Practica</Link>
        </header>
        <main id="main" className="page">{children}</main>
      </body>
    </html>
  )
}
