import type { Endpoint } from 'payload'
import type { ZodType } from 'zod'

/** What a custom endpoint tells the OpenAPI document about itself: its zod schemas and a summary. */
export type EndpointDoc = { summary?: string; query?: ZodType | null; body?: ZodType | null; auth?: 'learner' | 'staff' | 'public' }

/** Returns the endpoint carrying its documentation (read by src/openapi/document.ts). */
export const documented = (endpoint: Endpoint, doc: EndpointDoc): Endpoint => ({ ...endpoint, custom: { ...endpoint.custom, openapi: doc } })

export const docOf = (endpoint: Endpoint): EndpointDoc | undefined => endpoint.custom?.openapi as EndpointDoc | undefined
