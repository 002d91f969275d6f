import type { Role } from '@conduct-desk/shared'
import type { RouteMeta } from 'vue-router'

interface RoleHolder {
  readonly isSignedIn: boolean
  holds(role: Role): boolean
}

/**
 * Whether a viewer may open a page, from its route meta. The route guard and the navigation both
 * ask this, so a menu never offers what the guard refuses. The server still decides every request.
 */
export function mayVisit(meta: RouteMeta, session: RoleHolder): boolean {
  if (meta.public === true) {
    return true
  }
  if (!session.isSignedIn) {
    return false
  }
  return meta.roles === undefined || meta.roles.some(role => session.holds(role))
}

/**
 * Where to go after signing in: only a path inside this app. `//evil.example` and `/\evil.example`
 * would leave it, so anything but a plain absolute path goes home.
 */
export function safeRedirect(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])/.test(value) ? value : '/'
}
