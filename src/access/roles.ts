/** Platform-wide role, held on the user document itself. */
export const PLATFORM_ROLES = ['platform-admin'] as const
export type PlatformRole = (typeof PLATFORM_ROLES)[number]

/** Roles a user holds inside one institution (a tenant). A user may hold several, in several institutions. */
export const INSTITUTION_ROLES = [
  'institution-admin',
  'instructor',
  'teaching-assistant',
  'editor',
  'examiner',
  'supervisor',
  'learner',
] as const
export type InstitutionRole = (typeof INSTITUTION_ROLES)[number]

export const ROLE_LABELS: Record<PlatformRole | InstitutionRole, string> = {
  'platform-admin': 'Platform admin',
  'institution-admin': 'Institution admin',
  instructor: 'Instructor',
  'teaching-assistant': 'Teaching assistant',
  editor: 'Editor (content)',
  examiner: 'Examiner (exam templates)',
  supervisor: 'Supervisor (clinical assessor)',
  learner: 'Learner',
}

/** Everyone in an institution who is not only a learner. */
export const STAFF_ROLES: readonly InstitutionRole[] = INSTITUTION_ROLES.filter((role) => role !== 'learner')

/** Staff who may see a learner's records (people, progress) in their institution. */
export const LEARNER_VIEWER_ROLES: readonly InstitutionRole[] = ['institution-admin', 'instructor', 'teaching-assistant', 'supervisor', 'examiner']

/** Staff who may read answer keys (correct options, accepted answers, explanations before they are due). */
export const KEY_READER_ROLES: readonly InstitutionRole[] = ['institution-admin', 'instructor', 'editor', 'examiner']

/** Staff who author content (questions, resources, courses). */
export const CONTENT_AUTHOR_ROLES: readonly InstitutionRole[] = ['institution-admin', 'editor']

/** Who manages exam templates (papers, blueprints, windows, policies). */
export const EXAM_MANAGER_ROLES: readonly InstitutionRole[] = ['institution-admin', 'examiner']

/** Staff who see learners' sessions and responses in their institution. */
export const ACTIVITY_VIEWER_ROLES: readonly InstitutionRole[] = ['institution-admin', 'instructor', 'teaching-assistant', 'examiner']
