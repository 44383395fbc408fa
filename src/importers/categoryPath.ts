/**
 * Category paths. Moodle writes `$course$/top/A/B` (also `$module$`, `$system$`, `$cat$`, `$quiz$` contexts,
 * with or without the `top` segment); a literal "/" inside a name is doubled ("//"). Practica keeps ['A', 'B'].
 */
const CONTEXT_PREFIX = /^\$[a-z]+\$$/i

/** Split on single slashes only; "//" is an escaped slash inside a name. */
function splitOnSingleSlash(raw: string): string[] {
  const parts: string[] = []
  let current = ''
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === '/' && raw[i + 1] === '/') {
      current += '/'
      i++
    } else if (raw[i] === '/') {
      parts.push(current)
      current = ''
    } else current += raw[i]
  }
  parts.push(current)
  return parts
}

/** `$course$/top/A/B`, `$module$/A/B`, `top/A/B` or `A/B` → ['A', 'B']. */
export function parseMoodleCategoryPath(raw: string): string[] {
  const names = splitOnSingleSlash(raw.trim()).map((name) => name.trim())
  if (names.length > 0 && CONTEXT_PREFIX.test(names[0])) names.shift()
  if (names.length > 0 && names[0] === 'top') names.shift()
  return names.filter((name) => name !== '')
}

/** ['A', 'B/C'] → `$course$/top/A/B//C` (the form Moodle 4 writes, readable by older versions too). */
export function formatMoodleCategoryPath(path: readonly string[]): string {
  return ['$course$', 'top', ...path.map((name) => name.replace(/\//g, '//'))].join('/')
}
