'use client'

import React, { useEffect, useRef } from 'react'

type Props = {
  open: boolean
  title: string
  children: React.ReactNode
  confirmLabel: string
  cancelLabel?: string
  busy?: boolean
  onConfirm: () => void
  onCancel: () => void
}

/** A modal question on the native <dialog>: focus moves in and is trapped there, Escape cancels, focus returns after. */
export function ConfirmDialog({ open, title, children, confirmLabel, cancelLabel = 'Cancel', busy, onConfirm, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      dialog.showModal()
      // The safe choice takes focus, so Enter never confirms by accident.
      dialog.querySelector<HTMLButtonElement>('[data-safe-choice]')?.focus()
    }
    if (!open && dialog.open) dialog.close()
  }, [open])
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="dialog-title" onCancel={(e) => { e.preventDefault(); onCancel() }}>
      <h2 id="dialog-title">{title}</h2>
      <div className="dialog-body">{children}</div>
      <div className="links">
        <button type="button" onClick={onConfirm} disabled={busy}>{busy ? 'Please wait…' : confirmLabel}</button>
        <button type="button" className="secondary" onClick={onCancel} disabled={busy} data-safe-choice>{cancelLabel}</button>
      </div>
    </dialog>
  )
}
