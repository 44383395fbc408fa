import type { InstitutionRole } from '../src/access/roles'
import type { DemoInstitutionSlug } from './institutions'

/** Every demo account signs in with this password (documented in the README). */
export const DEMO_PASSWORD = 'practica-demo'

export type DemoUser = {
  email: string
  name: string
  platformAdmin?: boolean
  memberships: { institution: DemoInstitutionSlug; roles: InstitutionRole[] }[]
  timezone?: string
  bio?: string
}

/** One account per role, plus a learner in two institutions and staff of a second institution. */
export const demoUsers: DemoUser[] = [
  { email: 'admin@practica.test', name: 'Priya Raman', platformAdmin: true, memberships: [], bio: 'Platform administrator.' },
  { email: 'inst-admin@practica.test', name: 'Helen Okafor', memberships: [{ institution: 'royal-surgical-academy', roles: ['institution-admin'] }] },
  { email: 'instructor@practica.test', name: 'Dr James Whitfield', memberships: [{ institution: 'royal-surgical-academy', roles: ['instructor'] }] },
  { email: 'ta@practica.test', name: 'Sofia Marin', memberships: [{ institution: 'royal-surgical-academy', roles: ['teaching-assistant'] }] },
  { email: 'editor@practica.test', name: 'Mr Daniel Osei FRCS', memberships: [{ institution: 'royal-surgical-academy', roles: ['editor'] }] },
  { email: 'examiner@practica.test', name: 'Ms Clare Donnelly FRCS', memberships: [{ institution: 'royal-surgical-academy', roles: ['examiner'] }] },
  { email: 'supervisor@practica.test', name: 'Dr Amir Haddad', memberships: [{ institution: 'st-elsewhere-hospital', roles: ['supervisor'] }] },
  {
    email: 'learner@practica.test',
    name: 'Tom Becker',
    timezone: 'Europe/London',
    bio: 'CT1 in general surgery, sitting MRCS Part A in the spring.',
    memberships: [
      { institution: 'royal-surgical-academy', roles: ['learner'] },
      { institution: 'st-elsewhere-hospital', roles: ['learner'] },
    ],
  },
  { email: 'learner2@practica.test', name: 'Aisha Khan', timezone: 'Asia/Karachi', memberships: [{ institution: 'royal-surgical-academy', roles: ['learner'] }] },
  { email: 'hospital-admin@practica.test', name: 'Graham Price', memberships: [{ institution: 'st-elsewhere-hospital', roles: ['institution-admin'] }] },
  { email: 'hospital-learner@practica.test', name: 'Nina Petrova', memberships: [{ institution: 'st-elsewhere-hospital', roles: ['learner'] }] },
  { email: 'student@practica.test', name: 'Liam Byrne', timezone: 'Europe/Dublin', memberships: [{ institution: 'northfield-medical-school', roles: ['learner'] }] },
]
