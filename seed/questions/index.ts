import { slugify } from '../../src/fields/slug'
import { seedCategories } from '../taxonomy'
import type { SeedQuestion } from './types'
import { questions as anatomyEmbryology } from './anatomy-embryology'
import { questions as breastEndocrineSurgery } from './breast-endocrine-surgery'
import { questions as cancerAndPalliativeCare } from './cancer-and-palliative-care'
import { questions as cardiothoracicSurgery } from './cardiothoracic-surgery'
import { questions as clinicalGovernanceEthicsStatistics } from './clinical-governance-ethics-statistics'
import { questions as colorectalSurgery } from './colorectal-surgery'
import { questions as criticalCare } from './critical-care'
import { questions as generalSurgery } from './general-surgery'
import { questions as hepatobiliaryPancreaticSurgery } from './hepatobiliary-pancreatic-surgery'
import { questions as neurosurgery } from './neurosurgery'
import { questions as oralMaxillofacialSurgery } from './oral-maxillofacial-surgery'
import { questions as orthopaedicSurgery } from './orthopaedic-surgery'
import { questions as otolaryngologyEnt } from './otolaryngology-ent'
import { questions as paediatricSurgery } from './paediatric-surgery'
import { questions as pathology } from './pathology'
import { questions as perioperativeCare } from './perioperative-care'
import { questions as pharmacology } from './pharmacology'
import { questions as physiology } from './physiology'
import { questions as plasticReconstructiveSurgery } from './plastic-reconstructive-surgery'
import { questions as surgicalMicrobiologyInfectionControl } from './surgical-microbiology-infection-control'
import { questions as transplantation } from './transplantation'
import { questions as traumaEmergencySurgery } from './trauma-emergency-surgery'
import { questions as upperGastrointestinalSurgery } from './upper-gastrointestinal-surgery'
import { questions as urology } from './urology'
import { questions as vascularSurgery } from './vascular-surgery'

/** One file per taxonomy category, named by the category's slug. */
const bySlug: Record<string, SeedQuestion[]> = {
  'anatomy-embryology': anatomyEmbryology,
  'breast-endocrine-surgery': breastEndocrineSurgery,
  'cancer-and-palliative-care': cancerAndPalliativeCare,
  'cardiothoracic-surgery': cardiothoracicSurgery,
  'clinical-governance-ethics-statistics': clinicalGovernanceEthicsStatistics,
  'colorectal-surgery': colorectalSurgery,
  'critical-care': criticalCare,
  'general-surgery': generalSurgery,
  'hepatobiliary-pancreatic-surgery': hepatobiliaryPancreaticSurgery,
  'neurosurgery': neurosurgery,
  'oral-maxillofacial-surgery': oralMaxillofacialSurgery,
  'orthopaedic-surgery': orthopaedicSurgery,
  'otolaryngology-ent': otolaryngologyEnt,
  'paediatric-surgery': paediatricSurgery,
  'pathology': pathology,
  'perioperative-care': perioperativeCare,
  'pharmacology': pharmacology,
  'physiology': physiology,
  'plastic-reconstructive-surgery': plasticReconstructiveSurgery,
  'surgical-microbiology-infection-control': surgicalMicrobiologyInfectionControl,
  'transplantation': transplantation,
  'trauma-emergency-surgery': traumaEmergencySurgery,
  'upper-gastrointestinal-surgery': upperGastrointestinalSurgery,
  'urology': urology,
  'vascular-surgery': vascularSurgery,
}

/** Seed questions keyed by category name (as in seed/taxonomy.ts). */
export const seedQuestionsByCategory: Record<string, SeedQuestion[]> = Object.fromEntries(
  seedCategories.filter((c) => slugify(c.name) in bySlug).map((c) => [c.name, bySlug[slugify(c.name)]]),
)
