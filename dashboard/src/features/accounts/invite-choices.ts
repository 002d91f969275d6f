import { Role, type Role as RoleName } from '@conduct-desk/shared'

export interface InviteEvent {
  readonly id: string
  readonly name: string
}

interface Membership {
  readonly roles: readonly string[]
  readonly event: InviteEvent
}

export interface InviteChoices {
  /** In the order people think of them: the event's team first, deployment-wide roles last. */
  readonly roles: readonly RoleName[]
  readonly events: readonly InviteEvent[]
}

/**
 * What the viewer may give, mirroring the server's rule: admins any role, for any event; organizers
 * the event roles (organizer, responder, chair) of the events they organize. The server still checks.
 */
export function inviteChoices(isAdmin: boolean, memberships: readonly Membership[]): InviteChoices {
  if (isAdmin) {
    return {
      roles: [Role.Organizer, Role.Responder, Role.Chair, Role.Wg, Role.Admin],
      events: memberships.map(membership => membership.event),
    }
  }
  const events = memberships
    .filter(membership => membership.roles.includes(Role.Organizer))
    .map(membership => membership.event)
  return { roles: events.length === 0 ? [] : [Role.Organizer, Role.Responder, Role.Chair], events }
}
