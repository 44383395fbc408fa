export { Categories } from './categories'
export { Competencies } from './competencies'
export { Tags } from './tags'
