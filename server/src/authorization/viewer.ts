import { Role, type EventRole } from '@conduct-desk/shared'

/** One role the viewer holds: for one event, or deployment-wide when `eventId` is null. */
export interface HeldRole {
  readonly role: Role
  readonly eventId: string | null
}

/** The signed-in person behind a request, as loaded at the start of that request. */
export interface Viewer {
  readonly accountId: string
  readonly email: string
  readonly name: string
  readonly roles: readonly HeldRole[]
}

export function isAdmin(viewer: Viewer | null): boolean {
  return viewer?.roles.some(held => held.role === Role.Admin) ?? false
}

/**
 * Whether the viewer holds `role`: deployment-wide roles anywhere; event roles for `eventId`, or for
 * any event when the operation names none.
 */
export function holdsRole(viewer: Viewer | null, role: Role, eventId?: string | null): boolean {
  if (viewer === null) {
    return false
  }
  return viewer.roles.some(
    held =>
      held.role === role &&
      (held.eventId === null || eventId === undefined || eventId === null || held.eventId === eventId),
  )
}

/** The event roles the viewer holds for one event. */
export function eventRolesOf(viewer: Viewer, eventId: string): EventRole[] {
  return viewer.roles.filter(held => held.eventId === eventId).map(held => held.role as EventRole)
}
