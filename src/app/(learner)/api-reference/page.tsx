'use client'

import React, { useState } from 'react'

import { ErrorNotice, Loading } from '../components/Status'
import { type OpenApiDoc, operationsByTag } from '../lib/openapi'
import { useApi } from '../lib/useApi'
import { useDocumentTitle } from '../lib/useDocumentTitle'

/** The API reference: every operation of /api/v1/openapi.json, by tag, searchable, with parameters and request schemas. */
export default function ApiReference() {
  useDocumentTitle('API reference')
  const doc = useApi<OpenApiDoc>('/openapi.json')
  const [filter, setFilter] = useState('')
  if (doc.error) return <ErrorNotice error={doc.error} onRetry={doc.reload} />
  if (!doc.data) return <Loading />
  const groups = operationsByTag(doc.data, filter)
  return (
    <>
      <h1 className="page-title">
        {doc.data.info.title} <span className="muted">{doc.data.info.version}</span>
      </h1>
      <section className="card">
        <p>{doc.data.info.description}</p>
        <p>
          Base path <code>/api/v1</code>. The machine-readable document: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).
        </p>
        <label htmlFor="api-filter">Find an operation</label>
        <input id="api-filter" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="e.g. practice, /resources" />
      </section>
      {groups.map(([tag, ops]) => (
        <section key={tag} className="card" aria-labelledby={`tag-${tag}`}>
          <h2 id={`tag-${tag}`}>{tag}</h2>
          {ops.map((op) => (
            <details key={op.operationId} className="operation">
              <summary>
                <span className={`method method-${op.method}`}>{op.method.toUpperCase()}</span> <code>{op.path}</code> <span className="muted">{op.summary}</span>
              </summary>
              {op.parameters.length > 0 && (
                <table className="params">
                  <caption>Parameters</caption>
                  <thead>
                    <tr>
                      <th scope="col">Name</th>
                      <th scope="col">In</th>
                      <th scope="col">Required</th>
                      <th scope="col">Schema</th>
                    </tr>
                  </thead>
                  <tbody>
                    {op.parameters.map((p) => (
                      <tr key={`${p.in}-${p.name}`}>
                        <td>
                          <code>{p.name}</code>
                        </td>
                        <td>{p.in}</td>
                        <td>{p.required ? 'yes' : 'no'}</td>
                        <td>
                          <code>{JSON.stringify(p.schema ?? {})}</code>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {op.body ? (
                <>
                  <h3 className="small-heading">Request body (JSON)</h3>
                  <pre className="schema">{JSON.stringify(op.body, null, 2)}</pre>
                </>
              ) : null}
            </details>
          ))}
        </section>
      ))}
      {groups.length === 0 && <p className="muted">No operation matches “{filter}”.</p>}
    </>
  )
}
