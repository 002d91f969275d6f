import type { ContactsCardContactFragment } from '@/graphql/generated/graphql'
import type { KioskEvent } from '@/features/events/event.store'
import type { Booking } from '@/features/office-hours/booking.store'
import type { OfficeHoursSlot, SlotContact } from '@/features/office-hours/office-hours-display'
import type { PublishedTransparencyReport } from '@/features/transparency/transparency-display'
import type { UrgentHelpAnswer } from '@/features/urgent-help/urgent-help.store'

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

/** The second contact of the fixture event: the lead organizer, on duty now. */
export function noorFixture(): ContactsCardContactFragment {
  return contactFixture({
    id: 'c-2',
    name: 'Noor Haddad',
    role: 'LEAD_ORGANIZER',
    onDutyNow: true,
    email: 'noor@example.org',
  })
}

/** What requestUrgentHelp answers when the team was alerted. */
export function urgentAnswerFixture(overrides: Partial<UrgentHelpAnswer> = {}): UrgentHelpAnswer {
  return {
    isTeamAlerted: true,
    alertToken: 'alert-token-1',
    urgentPhone: '+351 912 345 678',
    quietRoom: { location: 'Room 2.14, second floor', directions: null },
    contactsOnDuty: [noorFixture()],
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
    isClosed: false,
    hasTransparencyReport: false,
    urgentPhone: '+351 912 345 678',
    emergencyNumber: '112',
    reportCategories: [
      'unwanted-physical-contact',
      'harassment-or-intimidation',
      'Noise at the party',
      'other',
    ],
    quietRoom: {
      location: 'Room 2.14, second floor',
      directions: 'Take the lift by the main entrance.\nTurn left.',
    },
    policy: {
      baseline: ['personal-space', 'items', 'photography'],
      version: 2,
      extensions: [
        { kind: 'venue-rules', text: 'No food in the main hall.\nWater is fine.' },
        { kind: 'weapons', text: 'No knives of any kind.' },
      ],
    },
    photoConsent: {
      mode: 'opt-in',
      markers: [
        { marker: 'Green lanyard', meaning: 'Photos are fine', color: '#2e7d4a' },
        { marker: 'Red lanyard', meaning: 'Please do not photograph me', color: 'red' },
        { marker: 'Camera sticker', meaning: 'Ask me first', color: null },
      ],
    },
    contacts: [contactFixture(), noorFixture()],
    ...overrides,
  }
}

/** A meeting time as officeHourSlots sends it: free, with whoever is on duty, unless overridden. */
export function slotFixture(overrides: Partial<OfficeHoursSlot> = {}): OfficeHoursSlot {
  return {
    id: 's-1',
    startsAt: '2026-11-26T12:00:00.000Z',
    endsAt: '2026-11-26T12:20:00.000Z',
    available: true,
    place: 'Room 2.14, second floor',
    contact: null,
    onDuty: [],
    ...overrides,
  }
}

/** Amara as a slot names her. */
export function slotContactFixture(overrides: Partial<SlotContact> = {}): SlotContact {
  return {
    id: 'c-1',
    name: 'Amara Okafor',
    photoUrl: null,
    pronouns: 'she/her',
    languages: ['en', 'fr'],
    identifier: 'Orange lanyard with a CoC badge',
    ...overrides,
  }
}

/** What bookSlot, bookingByCode and moveBooking answer. */
export function bookingFixture(overrides: Partial<Booking> = {}): Booking {
  return {
    code: 'ABCDE-FGHJK',
    checkInWord: 'tango',
    slot: slotFixture({ available: false }),
    contact: null,
    ...overrides,
  }
}

/** A published FULL transparency report of a past edition, as the API sends it. */
export function transparencyReportFixture(
  overrides: Partial<PublishedTransparencyReport> = {},
): PublishedTransparencyReport {
  return {
    eventSlug: 'riverside-pycon-2025',
    eventName: 'Riverside PyCon 2025',
    kind: 'FULL',
    publishedAt: '2025-07-10T16:30:00.000Z',
    markdown:
      '# Transparency report: Riverside PyCon 2025\n\n## How to report\n\nTalk to any contact, or use [the kiosk](https://example.org/kiosk).',
    html: '<h1>Transparency report: Riverside PyCon 2025</h1>\n<h2>How to report</h2>\n<p>Talk to any contact, or use <a href="https://example.org/kiosk">the kiosk</a>.</p>\n',
    text: 'Transparency report: Riverside PyCon 2025\n\nHow to report\n\nTalk to any contact, or use the kiosk (https://example.org/kiosk).',
    statistics: {
      reports: 3,
      reportsDuringEvent: 2,
      reportsAfterEvent: 1,
      lawEnforcementCalled: 0,
      byCategory: [
        { key: 'harassment-or-intimidation', count: 2 },
        { key: 'Noise | at the party', count: 1 },
      ],
      byAction: [{ key: 'TOLD_TO_STOP', count: 2 }],
      byChannel: [{ key: 'kiosk', count: 3 }],
      byStatus: [{ key: 'CLOSED', count: 3 }],
      history: [
        {
          eventSlug: 'riverside-pycon-2024',
          eventName: 'Riverside PyCon 2024',
          year: 2024,
          attendeesInPerson: 440,
          attendeesOnline: null,
          reports: 0,
          reportsDuringEvent: 0,
          reportsAfterEvent: 0,
        },
        {
          eventSlug: 'riverside-pycon-2025',
          eventName: 'Riverside PyCon 2025',
          year: 2025,
          attendeesInPerson: 500,
          attendeesOnline: 150,
          reports: 3,
          reportsDuringEvent: 2,
          reportsAfterEvent: 1,
        },
      ],
    },
    addenda: [
      { publishedAt: '2025-08-03T09:00:00.000Z', markdown: 'One more report came in.\nIt is closed.' },
    ],
    ...overrides,
  }
}
