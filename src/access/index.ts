export * from './predicates'
export * from './roles'
export * from './user'
