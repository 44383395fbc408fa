import { seedCategories } from '../taxonomy'
import { slugify } from '../../src/fields/slug'
import type { SeedQuestion } from './types'
import { questions as orthopaedics } from './orthopaedic-surgery'
import { questions as urology } from './urology'
import { questions as paediatric } from './paediatric-surgery'
import { questions as plastics } from './plastic-reconstructive-surgery'
import { questions as ent } from './otolaryngology-ent'
import { questions as neurosurgery } from './neurosurgery'
import { questions as cardiothoracic } from './cardiothoracic-surgery'
import { questions as omfs } from './oral-maxillofacial-surgery'
import { questions as transplantation } from './transplantation'
import { questions as oncology } from './cancer-and-palliative-care'
import { questions as microbiology } from './surgical-microbiology-infection-control'
import { questions as governance } from './clinical-governance-ethics-statistics'

const bySlug: Record<string, SeedQuestion[]> = {
  'orthopaedic-surgery': orthopaedics,
  urology,
  'paediatric-surgery': paediatric,
  'plastic-reconstructive-surgery': plastics,
  'otolaryngology-ent': ent,
  neurosurgery,
  'cardiothoracic-surgery': cardiothoracic,
  'oral-maxillofacial-surgery': omfs,
  transplantation,
  'cancer-and-palliative-care': oncology,
  'surgical-microbiology-infection-control': microbiology,
  'clinical-governance-ethics-statistics': governance,
}

/** Seed questions keyed by category name (as in seed/taxonomy.ts), for the categories whose questions are written. */
export const seedQuestionsByCategory: Record<string, SeedQuestion[]> = Object.fromEntries(
  seedCategories.filter((c) => slugify(c.name) in bySlug).map((c) => [c.name, bySlug[slugify(c.name)]]),
)
