import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root (where package.json and payload.config.ts live). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
