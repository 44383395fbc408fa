import type { Payload } from 'payload'

type SeedResource = { title: string; kind: 'article' | 'document'; url: string; author: string; category: string; subcategory?: string; featured?: boolean; description: string }

const wiki = (page: string) => `https://en.wikipedia.org/wiki/${page}`
const nice = (id: string) => `https://www.nice.org.uk/guidance/${id}`

/**
 * Study resources for the demo: NICE guidelines (documents) and encyclopaedia articles (articles), each a
 * real public page on its topic, filed under the category it serves. Featured ones are the dashboard's
 * high-yield resources.
 */
export const seedResourceList: SeedResource[] = [
  { title: 'Sepsis: recognition, diagnosis and early management (NG51)', kind: 'document', url: nice('ng51'), author: 'NICE', category: 'Critical Care', subcategory: 'Sepsis', featured: true, description: 'Risk stratification, escalation and antibiotic timing for suspected sepsis.' },
  { title: 'Major trauma: assessment and initial management (NG39)', kind: 'document', url: nice('ng39'), author: 'NICE', category: 'Trauma & Emergency Surgery', subcategory: 'Primary survey', featured: true, description: 'Airway, haemorrhage control, imaging and documentation in major trauma.' },
  { title: 'Head injury: assessment and early management (NG232)', kind: 'document', url: nice('ng232'), author: 'NICE', category: 'Trauma & Emergency Surgery', subcategory: 'Head injury', description: 'Criteria for CT head imaging and admission after head injury.' },
  { title: 'Spinal injury: assessment and initial imaging (NG41)', kind: 'document', url: nice('ng41'), author: 'NICE', category: 'Orthopaedic Surgery', subcategory: 'Spine', description: 'Immobilisation and imaging decisions for suspected spinal injury.' },
  { title: 'Routine preoperative tests for elective surgery (NG45)', kind: 'document', url: nice('ng45'), author: 'NICE', category: 'Perioperative Care', subcategory: 'Preoperative assessment', featured: true, description: 'Which tests to order before elective surgery, by ASA grade and surgical grade.' },
  { title: 'Perioperative care in adults (NG180)', kind: 'document', url: nice('ng180'), author: 'NICE', category: 'Perioperative Care', subcategory: 'Postoperative complications', description: 'Prehabilitation, enhanced recovery and postoperative care.' },
  { title: 'Intravenous fluid therapy in adults in hospital (CG174)', kind: 'document', url: nice('cg174'), author: 'NICE', category: 'Perioperative Care', subcategory: 'Fluids & electrolytes', description: 'Assessment, resuscitation, routine maintenance and replacement fluids.' },
  { title: 'Surgical site infections: prevention and treatment (NG125)', kind: 'document', url: nice('ng125'), author: 'NICE', category: 'Surgical Microbiology & Infection Control', subcategory: 'Surgical site infection', featured: true, description: 'Preoperative, intraoperative and postoperative measures against surgical site infection.' },
  { title: 'Suspected cancer: recognition and referral (NG12)', kind: 'document', url: nice('ng12'), author: 'NICE', category: 'Cancer and Palliative Care', subcategory: 'Screening', description: 'Symptoms and findings that warrant an urgent suspected-cancer referral.' },
  { title: 'Colorectal cancer (NG151)', kind: 'document', url: nice('ng151'), author: 'NICE', category: 'Colorectal Surgery', subcategory: 'Colorectal cancer', description: 'Staging, surgery, adjuvant therapy and follow-up of colorectal cancer.' },
  { title: 'Early and locally advanced breast cancer: diagnosis and management (NG101)', kind: 'document', url: nice('ng101'), author: 'NICE', category: 'Breast & Endocrine Surgery', subcategory: 'Breast disease', description: 'Surgery to the breast and axilla, radiotherapy and systemic therapy.' },
  { title: 'Renal and ureteric stones: assessment and management (NG118)', kind: 'document', url: nice('ng118'), author: 'NICE', category: 'Urology', subcategory: 'Urinary stones', featured: true, description: 'Imaging, analgesia, medical expulsive therapy and surgical treatment of stones.' },
  { title: 'Abdominal aortic aneurysm: diagnosis and management (NG156)', kind: 'document', url: nice('ng156'), author: 'NICE', category: 'Vascular Surgery', subcategory: 'Aneurysms', description: 'Surveillance thresholds and open versus endovascular repair.' },
  { title: 'Peripheral arterial disease: diagnosis and management (CG147)', kind: 'document', url: nice('cg147'), author: 'NICE', category: 'Vascular Surgery', subcategory: 'Peripheral arterial disease', description: 'Ankle–brachial pressure index, exercise therapy and revascularisation.' },
  { title: 'Varicose veins: diagnosis and management (CG168)', kind: 'document', url: nice('cg168'), author: 'NICE', category: 'Vascular Surgery', subcategory: 'Venous disease', description: 'Referral, duplex scanning and interventional treatment of varicose veins.' },
  { title: 'Brachial plexus', kind: 'article', url: wiki('Brachial_plexus'), author: 'Wikipedia contributors', category: 'Anatomy & Embryology', subcategory: 'Upper limb', featured: true, description: 'Roots, trunks, divisions, cords and branches, with injury patterns.' },
  { title: 'Inguinal canal', kind: 'article', url: wiki('Inguinal_canal'), author: 'Wikipedia contributors', category: 'Anatomy & Embryology', subcategory: 'Abdomen & pelvis', description: 'Walls, rings and contents of the inguinal canal.' },
  { title: 'Oxygen–haemoglobin dissociation curve', kind: 'article', url: wiki('Oxygen%E2%80%93hemoglobin_dissociation_curve'), author: 'Wikipedia contributors', category: 'Physiology', subcategory: 'Respiratory', description: 'What shifts the curve, and why it matters clinically.' },
  { title: 'Frank–Starling law', kind: 'article', url: wiki('Frank%E2%80%93Starling_law'), author: 'Wikipedia contributors', category: 'Physiology', subcategory: 'Cardiovascular', description: 'Preload, stroke volume and the failing heart.' },
  { title: 'Local anesthetic', kind: 'article', url: wiki('Local_anesthetic'), author: 'Wikipedia contributors', category: 'Pharmacology', subcategory: 'Anaesthetic agents', description: 'Mechanism, maximum doses and systemic toxicity.' },
  { title: 'Inguinal hernia', kind: 'article', url: wiki('Inguinal_hernia'), author: 'Wikipedia contributors', category: 'General Surgery', subcategory: 'Hernia', description: 'Direct and indirect hernias, complications and repair.' },
  { title: 'Appendicitis', kind: 'article', url: wiki('Appendicitis'), author: 'Wikipedia contributors', category: 'General Surgery', subcategory: 'Appendix', description: 'Presentation, scoring systems and management.' },
  { title: 'Acute pancreatitis', kind: 'article', url: wiki('Acute_pancreatitis'), author: 'Wikipedia contributors', category: 'Hepatobiliary & Pancreatic Surgery', subcategory: 'Pancreas', description: 'Causes, severity scoring and complications.' },
  { title: "Barrett's esophagus", kind: 'article', url: wiki('Barrett%27s_esophagus'), author: 'Wikipedia contributors', category: 'Upper Gastrointestinal Surgery', subcategory: 'Oesophagus', description: 'Metaplasia, surveillance and progression to adenocarcinoma.' },
  { title: 'Compartment syndrome', kind: 'article', url: wiki('Compartment_syndrome'), author: 'Wikipedia contributors', category: 'Orthopaedic Surgery', subcategory: 'Fractures', description: 'Recognition, pressure measurement and fasciotomy.' },
  { title: 'Testicular torsion', kind: 'article', url: wiki('Testicular_torsion'), author: 'Wikipedia contributors', category: 'Urology', subcategory: 'Scrotal conditions', description: 'A surgical emergency: presentation and exploration.' },
  { title: 'Pyloric stenosis', kind: 'article', url: wiki('Pyloric_stenosis'), author: 'Wikipedia contributors', category: 'Paediatric Surgery', subcategory: 'Acute abdomen in children', description: 'Metabolic alkalosis, ultrasound diagnosis and pyloromyotomy.' },
  { title: 'Epidural hematoma', kind: 'article', url: wiki('Epidural_hematoma'), author: 'Wikipedia contributors', category: 'Neurosurgery', subcategory: 'Intracranial haemorrhage', description: 'The lucid interval, middle meningeal artery and evacuation.' },
  { title: 'Glasgow Coma Scale', kind: 'article', url: wiki('Glasgow_Coma_Scale'), author: 'Wikipedia contributors', category: 'Trauma & Emergency Surgery', subcategory: 'Head injury', description: 'Eye, verbal and motor scoring.' },
  { title: 'Parkland formula', kind: 'article', url: wiki('Parkland_formula'), author: 'Wikipedia contributors', category: 'Trauma & Emergency Surgery', subcategory: 'Burns', description: 'Fluid resuscitation in burns.' },
  { title: 'Tacrolimus', kind: 'article', url: wiki('Tacrolimus'), author: 'Wikipedia contributors', category: 'Transplantation', subcategory: 'Immunosuppression', description: 'Calcineurin inhibition, monitoring and toxicity.' },
  { title: 'Sensitivity and specificity', kind: 'article', url: wiki('Sensitivity_and_specificity'), author: 'Wikipedia contributors', category: 'Clinical Governance, Ethics & Statistics', subcategory: 'Statistics & evidence', description: 'Test accuracy, predictive values and likelihood ratios.' },
  { title: 'Informed consent', kind: 'article', url: wiki('Informed_consent'), author: 'Wikipedia contributors', category: 'Clinical Governance, Ethics & Statistics', subcategory: 'Consent & capacity', description: 'Capacity, disclosure and voluntariness.' },
]

type CategoryIds = Map<string, { id: number; subcategories: Map<string, number> }>

/** Creates each resource once (matched by its link), published and shared; re-seeding changes nothing an editor edited. */
export async function seedResources(payload: Payload, categories: CategoryIds, owner: { institution: number }): Promise<number> {
  for (const r of seedResourceList) {
    const category = categories.get(r.category)
    if (!category) throw new Error(`Seed resource "${r.title}" names an unknown category "${r.category}"`)
    const subcategory = r.subcategory ? category.subcategories.get(r.subcategory) : undefined
    if (r.subcategory && subcategory == null) throw new Error(`Seed resource "${r.title}": unknown subcategory "${r.subcategory}"`)
    const existing = await payload.count({ collection: 'resources', where: { url: { equals: r.url } }, overrideAccess: true })
    if (existing.totalDocs > 0) continue
    await payload.create({
      collection: 'resources',
      data: { title: r.title, kind: r.kind, url: r.url, author: r.author, description: r.description, category: category.id, subcategory, featured: r.featured ?? false, institution: owner.institution, shared: true, _status: 'published' },
      depth: 0,
      overrideAccess: true,
    })
  }
  return seedResourceList.length
}
