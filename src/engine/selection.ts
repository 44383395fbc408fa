/** Seeded, reproducible draws: the same seed over the same candidates gives the same questions. Pure. */

/** A 32-bit hash of a string (FNV-1a), to seed the generator. */
function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** mulberry32: small, fast, well-distributed; enough for shuffling questions. */
function generator(seed: string): () => number {
  let state = hash(seed)
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Fisher–Yates with a seeded generator. Sorts its input first, so the caller's order never matters. */
export function seededShuffle<T extends string | number>(items: readonly T[], seed: string): T[] {
  const out = [...items].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const random = generator(seed)
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

/**
 * Draws `count` question ids: shuffled by the seed, unseen ones first when asked. Sub-seeds keep the
 * unseen and seen groups independent, so a question becoming seen does not reshuffle the others.
 */
export function drawQuestions(candidates: readonly number[], count: number, seed: string, seen?: ReadonlySet<number>): number[] {
  if (!seen) return seededShuffle(candidates, seed).slice(0, count)
  const unseen = candidates.filter((id) => !seen.has(id))
  const already = candidates.filter((id) => seen.has(id))
  return [...seededShuffle(unseen, `${seed}:unseen`), ...seededShuffle(already, `${seed}:seen`)].slice(0, count)
}

/** A new random seed for a session. */
export const newSeed = (): string => crypto.randomUUID()
