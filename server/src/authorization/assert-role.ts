import type { Role } from '@conduct-desk/shared'
import { forbidden, unauthenticated } from '../platform/errors/domain-error.js'
import { holdsRole, type Viewer } from './viewer.js'

/**
 * The auth checker's rule for routes outside GraphQL (uploads): a viewer holding any of `roles`
 * for `eventId`. Narrows the viewer for the caller.
 * @throws UNAUTHENTICATED without a viewer; FORBIDDEN without the role.
 */
export function assertHoldsAny(
  viewer: Viewer | null,
  roles: readonly Role[],
  eventId: string,
): asserts viewer is Viewer {
  if (viewer === null) {
    throw unauthenticated()
  }
  if (!roles.some(role => holdsRole(viewer, role, eventId))) {
    throw forbidden()
  }
}
