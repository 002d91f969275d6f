import type { TransparencyChartsFieldsFragment } from '@/graphql/generated/graphql'

/** The aggregates of an event with reports, as the statistics query answers them. */
export function statistics(
  overrides: Partial<TransparencyChartsFieldsFragment> = {},
): TransparencyChartsFieldsFragment {
  return {
    reports: 3,
    reportsDuringEvent: 2,
    reportsAfterEvent: 1,
    lawEnforcementCalled: 0,
    openCases: 1,
    attendeesInPerson: 500,
    attendeesOnline: 150,
    byCategory: [
      { key: 'unwanted-physical-contact', count: 2 },
      { key: 'other', count: 1 },
    ],
    byAction: [{ key: 'VERBAL_WARNING', count: 2 }],
    byChannel: [{ key: 'kiosk', count: 3 }],
    byStatus: [
      { key: 'IN_REVIEW', count: 1 },
      { key: 'CLOSED', count: 2 },
    ],
    history: [
      {
        eventSlug: 'riverside-pycon-2025',
        eventName: 'Riverside PyCon 2025',
        year: 2025,
        reports: 2,
        reportsDuringEvent: 2,
        reportsAfterEvent: 0,
      },
      {
        eventSlug: 'riverside-pycon-2026',
        eventName: 'Riverside PyCon 2026',
        year: 2026,
        reports: 3,
        reportsDuringEvent: 2,
        reportsAfterEvent: 1,
      },
    ],
    ...overrides,
  }
}

/** The event of the transparency pages (e1). */
export const EVENT = {
  id: 'e1',
  name: 'Riverside PyCon 2026',
  slug: 'riverside-pycon-2026',
  endsOn: '2026-06-05',
  timeZone: 'Europe/Lisbon',
}

/** The builder's answer for e1: the FULL draft as pre-filled (never saved), due 5 July, unpublished. */
export function builderAnswer(markdown: string) {
  return {
    data: {
      event: EVENT,
      transparencyReportDraft: {
        kind: 'FULL',
        markdown,
        savedAt: null,
        dueAt: '2026-07-05T23:00:00.000Z',
        published: null,
      },
    },
  }
}
