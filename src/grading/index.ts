export { baseMarks, CBM_MARKS, gradeResponse, minScore } from './grade'
export { normaliseAnswer, parseNumber } from './normalise'
export type * from './types'
