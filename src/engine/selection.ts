/** Seeded, reproducible draws: the same seed over the same candidates gives the same questions. Pure. */

/** A well-mixed 32-bit hash of a string: FNV-1a, then murmur3's finaliser. */
function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/**
 * Orders items by a hash of (seed, item): a uniform shuffle that is stable, so adding or removing an
 * item never changes the relative order of the others, and the caller's order never matters.
 */
export function seededShuffle<T extends string | number>(items: readonly T[], seed: string): T[] {
  return items
    .map((item) => ({ item, rank: hash(`${seed}:${item}`) }))
    .sort((a, b) => a.rank - b.rank || (a.item < b.item ? -1 : a.item > b.item ? 1 : 0))
    .map((x) => x.item)
}

/** Draws `count` question ids: shuffled by the seed, unseen ones first when asked. */
export function drawQuestions(candidates: readonly number[], count: number, seed: string, seen?: ReadonlySet<number>): number[] {
  if (!seen) return seededShuffle(candidates, seed).slice(0, count)
  const unseen = candidates.filter((id) => !seen.has(id))
  const already = candidates.filter((id) => seen.has(id))
  return [...seededShuffle(unseen, seed), ...seededShuffle(already, seed)].slice(0, count)
}

/** A new random seed for a session. */
export const newSeed = (): string => crypto.randomUUID()
