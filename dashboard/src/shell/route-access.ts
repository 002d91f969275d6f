import { Role } from '@conduct-desk/shared'
import type { RouteMeta } from 'vue-router'

/** Who sets an event up: its organizers, and administrators (DESIGN §1). */
export const EVENT_SETUP_ROLES: readonly Role[] = [Role.Admin, Role.Organizer]

/**
 * Meta of one section of the event setup frame, listed in its navigation: for setup roles unless a
 * section names its own (office hours also opens to responders). A section's `roles` replace the
 * frame's in the route's merged meta, which is what the guard checks.
 */
export function setupSectionMeta(titleKey: string, roles: readonly Role[] = EVENT_SETUP_ROLES): RouteMeta {
  return { roles, titleKey, section: true }
}

interface RoleHolder {
  readonly isSignedIn: boolean
  holds(role: Role, eventId?: string): boolean
}

/**
 * Whether a viewer may open a page, from its route meta. The route guard and the navigation both
 * ask this, so a menu never offers what the guard refuses. The server still decides every request.
 * On a page of one event (`eventId` from the route's params), event roles count for that event only.
 */
export function mayVisit(meta: RouteMeta, session: RoleHolder, eventId?: string): boolean {
  if (meta.public === true) {
    return true
  }
  if (!session.isSignedIn) {
    return false
  }
  return meta.roles === undefined || meta.roles.some(role => session.holds(role, eventId))
}

/**
 * Where to go after signing in: only a path inside this app. `//evil.example` and `/\evil.example`
 * would leave it, so anything but a plain absolute path goes home.
 */
export function safeRedirect(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])/.test(value) ? value : '/'
}

/** The `eventId` route param, when the route is about one event. */
export function eventIdParam(
  params: Readonly<Record<string, string | string[] | undefined>>,
): string | undefined {
  const value = params['eventId']
  return typeof value === 'string' && value !== '' ? value : undefined
}
