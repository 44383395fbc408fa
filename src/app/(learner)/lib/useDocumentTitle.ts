'use client'

import { useEffect } from 'react'

/** Each view names itself in the tab and for screen readers. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Practica` : 'Practica'
  }, [title])
}
