'use client'

import React from 'react'

import { useDocumentTitle } from '../lib/useDocumentTitle'
import { ExamHistory } from './_components/ExamHistory'
import { PracticeHistory } from './_components/PracticeHistory'

/** Everything the learner has done: practice sessions and exam sittings. */
export default function History() {
  useDocumentTitle('History')
  return (
    <>
      <h1 className="page-title">Your history</h1>
      <ExamHistory />
      <PracticeHistory />
    </>
  )
}
