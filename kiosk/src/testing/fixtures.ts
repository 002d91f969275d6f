import type { ContactsCardContactFragment } from '@/graphql/generated/graphql'
import type { KioskEvent } from '@/features/events/event.store'

/** A contact as the API sends it; override what a test is about. */
export function contactFixture(
  overrides: Partial<ContactsCardContactFragment> = {},
): ContactsCardContactFragment {
  return {
    id: 'c-1',
    name: 'Amara Okafor',
    photoUrl: null,
    pronouns: 'she/her',
    languages: ['en', 'fr'],
    role: 'COMMITTEE',
    isIndependent: true,
    email: 'amara.okafor@example.org',
    identifier: 'Orange lanyard with a CoC badge',
    onDutyNow: false,
    onDuty: [],
    ...overrides,
  }
}

export function eventFixture(overrides: Partial<KioskEvent> = {}): KioskEvent {
  return {
    id: 'e-1',
    slug: 'riverside-pycon-2026',
    name: 'Riverside PyCon 2026',
    seriesName: 'Riverside PyCon',
    kind: 'CONFERENCE',
    startsOn: '2026-11-25',
    endsOn: '2026-11-27',
    timeZone: 'Europe/Lisbon',
    venue: 'Riverside Congress Centre',
    isLive: true,
    contacts: [
      contactFixture(),
      contactFixture({
        id: 'c-2',
        name: 'Noor Haddad',
        role: 'LEAD_ORGANIZER',
        onDutyNow: true,
        email: 'noor@example.org',
      }),
    ],
    ...overrides,
  }
}
