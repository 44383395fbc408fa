import type { CollectionBeforeOperationHook } from 'payload'

import { TooLarge } from '@/lib/errors'

const MB = 1024 * 1024

/** Largest upload per kind of file (the request limit, MEDIA_MAX_BYTES, caps them all). */
export const MEDIA_LIMITS: { prefix: string; bytes: number; label: string }[] = [
  { prefix: 'image/', bytes: Number(process.env.MEDIA_IMAGE_MAX_BYTES ?? 10 * MB), label: 'images' },
  { prefix: 'application/pdf', bytes: Number(process.env.MEDIA_DOCUMENT_MAX_BYTES ?? 25 * MB), label: 'documents' },
]

/** The limit that applies to a file of `mimeType`, if a narrower one than the request limit does. Pure. */
export const limitFor = (mimeType: string | undefined) => MEDIA_LIMITS.find((l) => mimeType?.startsWith(l.prefix))

/** Refuses an upload over its kind's limit with a 413 that says the limit. */
export const limitUploadSize: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return args
  const limit = limitFor(req.file.mimetype)
  if (limit && req.file.size > limit.bytes) {
    throw new TooLarge(`The file is ${(req.file.size / MB).toFixed(1)} MB; ${limit.label} may be at most ${Math.round(limit.bytes / MB)} MB.`, 'file')
  }
  return args
}
