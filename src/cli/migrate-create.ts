/** `npm run migrate:create -- <name>`: write a migration for the schema changes in payload.config.ts. */
export {}

process.argv.splice(2, 0, 'migrate:create')
await import('./payload')
