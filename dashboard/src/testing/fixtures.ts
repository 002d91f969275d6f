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
