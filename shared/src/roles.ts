/**
 * Who may do what (DESIGN §1). Roles are held per event, except `admin` and `wg`, which span the
 * deployment. `public` is not a role anyone holds: it is the audience of the unauthenticated API.
 */
export const Role = {
  Admin: 'admin',
  Wg: 'wg',
  Organizer: 'organizer',
  Responder: 'responder',
  Chair: 'chair',
} as const

export type Role = (typeof Role)[keyof typeof Role]

/** Roles that are held for one event. */
export const EVENT_ROLES = [Role.Organizer, Role.Responder, Role.Chair] as const
export type EventRole = (typeof EVENT_ROLES)[number]

/** Roles that are held for the whole deployment. */
export const GLOBAL_ROLES = [Role.Admin, Role.Wg] as const
export type GlobalRole = (typeof GLOBAL_ROLES)[number]

export const ALL_ROLES: readonly Role[] = [...GLOBAL_ROLES, ...EVENT_ROLES]

export function isEventRole(role: string): role is EventRole {
  return (EVENT_ROLES as readonly string[]).includes(role)
}

export function isRole(role: string): role is Role {
  return (ALL_ROLES as readonly string[]).includes(role)
}

/**
 * Roles that read cases (responders) or their public lines (chairs). Appointing someone to one needs
 * the approval of a second person: nobody gives themselves access to reports (SECURITY R21).
 */
export const CASE_READING_ROLES = [Role.Responder, Role.Chair] as const

export function isCaseReadingRole(role: string): boolean {
  return (CASE_READING_ROLES as readonly string[]).includes(role)
}
