/** Demo institutions: an exam-prep academy open for self-registration, a teaching hospital and a medical school. */
export const demoInstitutions = [
  {
    slug: 'royal-surgical-academy',
    name: 'Royal Surgical Academy',
    kind: 'academy' as const,
    country: 'GB',
    timezone: 'Europe/London',
    contactEmail: 'education@rsa.example',
    selfRegistration: true,
    description: 'MRCS Part A preparation: question bank, timed mock papers and revision courses for core surgical trainees.',
  },
  {
    slug: 'st-elsewhere-hospital',
    name: 'St Elsewhere University Hospital',
    kind: 'hospital' as const,
    country: 'GB',
    timezone: 'Europe/London',
    contactEmail: 'postgrad@st-elsewhere.example',
    selfRegistration: false,
    description: 'Teaching hospital: foundation and core trainees, clinical competencies signed off by supervisors.',
  },
  {
    slug: 'northfield-medical-school',
    name: 'Northfield Medical School',
    kind: 'school' as const,
    country: 'IE',
    timezone: 'Europe/Dublin',
    contactEmail: 'registry@northfield.example',
    selfRegistration: true,
    description: 'Undergraduate medicine: courses, assignments and clinical placements.',
  },
]

export type DemoInstitutionSlug = (typeof demoInstitutions)[number]['slug']
