import { z } from 'zod'

/** PostgreSQL integer (serial) ids end here: a larger number names no document. */
export const MAX_ID = 2 ** 31 - 1

/** A document id from a path, query or body. */
export const idParam = z.coerce.number({ message: 'The id must be a number.' }).int().positive().max(MAX_ID, 'No document has so large an id.')
