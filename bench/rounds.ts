/** The arithmetic of measuring scenarios in turns (bench/measure.ts). Pure. */

/** Nearest-rank percentile of ascending values (0 for none). */
export const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] : 0)

/**
 * The order of round `r`: the list forward on even rounds and backward on odd ones (A B C, C B A, A B C, …).
 * Over an even number of rounds every scenario's runs are centred on the same moment, so a steady drift of
 * the machine's pace cancels out of every ratio, and two neighbours take turns going first.
 */
export const roundOrder = <T>(items: T[], r: number): T[] => (r % 2 ? [...items].reverse() : [...items])
