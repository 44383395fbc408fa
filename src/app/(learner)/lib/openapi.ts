/** The parts of an OpenAPI 3.1 document the reference page shows. */
export type OpenApiDoc = {
  info: { title: string; version: string; description?: string }
  paths: Record<string, Record<string, unknown>>
}
export type OperationView = { method: string; path: string; summary: string; operationId: string; parameters: { name: string; in: string; required?: boolean; schema?: unknown }[]; body: unknown; tag: string }

const METHODS = ['get', 'post', 'put', 'patch', 'delete']

/** Operations grouped by tag (in first-seen order), each with its parameters and request body schema; `filter` matches path or summary. Pure. */
export function operationsByTag(doc: OpenApiDoc, filter = ''): [string, OperationView[]][] {
  const term = filter.trim().toLowerCase()
  const groups = new Map<string, OperationView[]>()
  for (const [path, item] of Object.entries(doc.paths)) {
    const shared = (item.parameters as OperationView['parameters'] | undefined) ?? []
    for (const method of METHODS) {
      const op = item[method] as { tags?: string[]; summary?: string; operationId?: string; parameters?: OperationView['parameters']; requestBody?: { content?: Record<string, { schema?: unknown }> } } | undefined
      if (!op) continue
      const view: OperationView = {
        method,
        path,
        summary: op.summary ?? '',
        operationId: op.operationId ?? `${method} ${path}`,
        parameters: [...shared, ...(op.parameters ?? [])],
        body: op.requestBody?.content?.['application/json']?.schema ?? null,
        tag: op.tags?.[0] ?? 'other',
      }
      if (term && !`${path} ${view.summary}`.toLowerCase().includes(term)) continue
      groups.set(view.tag, [...(groups.get(view.tag) ?? []), view])
    }
  }
  return [...groups.entries()]
}
