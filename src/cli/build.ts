/** `npm run build`: a production build of the admin UI, API routes and learner app. */
import { buildNext } from './next'
import { ensureSecret } from './runtime'

await ensureSecret()
await buildNext()
