type Row = { institution?: unknown; roles?: unknown }

const idOf = (value: unknown): string => String(value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value)

/** A canonical form of membership rows (order-insensitive), restricted to the institutions `keep` accepts. */
export function membershipKey(rows: readonly Row[] | null | undefined, keep: (institution: string) => boolean = () => true): string {
  return JSON.stringify(
    (rows ?? [])
      .filter((row) => keep(idOf(row.institution)))
      .map((row) => [idOf(row.institution), [...(Array.isArray(row.roles) ? (row.roles as string[]) : [])].sort()] as const)
      .sort((a, b) => (a[0] + a[1].join()).localeCompare(b[0] + b[1].join())),
  )
}

/** Whether `next` changes any membership row outside the institutions in `administered`. */
export function changesForeignMemberships(next: readonly Row[] | null | undefined, previous: readonly Row[] | null | undefined, administered: ReadonlySet<string>): boolean {
  const foreign = (institution: string) => !administered.has(institution)
  return membershipKey(next, foreign) !== membershipKey(previous, foreign)
}
