export * from './content'
export * from './predicates'
export * from './roles'
export * from './user'
