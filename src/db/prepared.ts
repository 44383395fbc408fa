import { createHash } from 'node:crypto'

import type { QueryConfig } from 'pg'

const names = new Map<string, string>()
/** Past this many distinct statements, further ones run unnamed (each connection keeps every statement it prepared). */
const MAX_NAMED = 500

/**
 * A statement the server parses once per connection and then only executes: `db.query(prepared(SQL, values))`.
 * For the fixed SQL on hot paths (the answer, submit and dashboard routes), where parsing and
 * planning a long statement costs more than running it. The name is a hash of the text, so one name
 * always means one text, in this process and any other copy of this module sharing the pool
 * (node-postgres requires that).
 */
export function prepared(text: string, values: unknown[]): QueryConfig {
  let name = names.get(text)
  if (!name && names.size < MAX_NAMED) {
    name = `practica_${createHash('sha1').update(text).digest('hex').slice(0, 32)}`
    names.set(text, name)
  }
  return name ? { name, text, values } : { text, values }
}
