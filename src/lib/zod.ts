import type { ZodError } from 'zod'

/** zod errors in Practica's 4xx shape: { errors: [{ message, path }] }. */
export const zodErrorResponse = (error: ZodError, status = 400): Response =>
  Response.json({ errors: error.issues.map((issue) => ({ message: issue.message, path: issue.path.join('.') })) }, { status })

export const errorResponse = (status: number, message: string, path?: string): Response =>
  Response.json({ errors: [{ message, ...(path ? { path } : {}) }] }, { status })
