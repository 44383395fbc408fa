import type { CollectionBeforeOperationHook, Where } from 'payload'

import { type AccessUser, readsKeysAnywhere } from '@/access'
import { ForbiddenBecause } from '@/lib/errors'
import { PROTECTED_PATHS } from '../fields/keys'

/** Every field path a `where` mentions, at any depth of and/or. */
function wherePaths(where: Where | undefined, into: string[] = []): string[] {
  for (const [key, value] of Object.entries(where ?? {})) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) value.forEach((w) => wherePaths(w as Where, into))
    else into.push(key)
  }
  return into
}

const touchesKey = (path: string) => {
  const bare = path.replace(/^-/, '').replace(/^version\./, '').replace(/\.\d+\./g, '.')
  return PROTECTED_PATHS.some((p) => bare === p || bare.startsWith(`${p}.`) || p.startsWith(`${bare}.`))
}

/**
 * Field access hides keys from results, but filtering or sorting by a key would still leak it
 * (e.g. "questions where options.isCorrect = true and options.id = X"). Refuse such queries outright.
 */
export const guardKeyQueries: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' && operation !== 'count' && operation !== 'delete' && operation !== 'update') return args
  if (args.overrideAccess) return args
  if (readsKeysAnywhere(req.user as AccessUser)) return args
  const query = args as { sort?: string | string[]; where?: Where }
  const sort = [query.sort].flat().filter((s): s is string => typeof s === 'string').flatMap((s) => s.split(','))
  const paths = [...wherePaths(query.where), ...sort]
  const leaking = paths.find(touchesKey)
  if (leaking) {
    const message = `Questions cannot be filtered or sorted by answer-key fields (${leaking.replace(/^-/, '')}).`
    throw new ForbiddenBecause(message, leaking)
  }
  return args
}
