import { Role } from '@conduct-desk/shared'
import type { SessionViewerFieldsFragment } from '@/graphql/generated/graphql'

/** A signed-in viewer for tests; pass the roles the test is about. */
export function viewer(roles: SessionViewerFieldsFragment['roles'] = []): SessionViewerFieldsFragment {
  return {
    id: 'acc-1',
    email: 'amara.okafor@example.org',
    name: 'Amara Okafor',
    hasTwoFactor: true,
    twoFactorGraceEndsAt: null,
    roles,
  }
}

/** The event setup frame's answer for event e1. */
export function setupFrame(overrides: Record<string, unknown> = {}) {
  return {
    data: {
      event: {
        id: 'e1',
        name: 'Riverside PyCon 2026',
        slug: 'riverside-pycon-2026',
        status: 'DRAFT',
        timeZone: 'Europe/Lisbon',
        startsOn: '2026-06-03',
        endsOn: '2026-06-05',
        ...overrides,
      },
    },
  }
}

/** The SessionViewer answer for a viewer holding `roles`. */
export const signedIn =
  (roles: SessionViewerFieldsFragment['roles'] = []) =>
  () => ({ data: { viewer: viewer(roles) } })

/** The SessionViewer answer when nobody is signed in. */
export const signedOut = () => ({ data: { viewer: null } })

/** The answers every event setup section starts from: an organizer of e1 in the frame of e1. */
export function organizerInSetup(frame: Record<string, unknown> = {}) {
  return {
    SessionViewer: signedIn([{ role: Role.Organizer, eventId: 'e1' }]),
    EventsSetupFrame: () => setupFrame(frame),
  }
}

/** The answers of a signed-in viewer holding `roles` whose own event list is empty (the navigation reads it). */
export function viewerWithoutEvents(roles: SessionViewerFieldsFragment['roles'] = []) {
  return {
    SessionViewer: signedIn(roles),
    EventsList: () => ({ data: { myEvents: [] } }),
  }
}
