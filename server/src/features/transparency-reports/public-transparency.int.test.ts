import { EventStatus, TransparencyReportKind } from '@conduct-desk/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testDialects } from '../../../test/databases.js'
import { createEvent } from '../../../test/factories.js'
import { startTestServer, type TestServer } from '../../../test/test-server.js'
import type { EventEntity } from '../events/event.entity.js'
import { newId } from '../../platform/security/tokens.js'
import { TransparencyReportEntity } from './transparency-report.entity.js'

const DAY = 86_400_000
const LISTING = '{ publicTransparencyReports { eventSlug eventName startsOn endsOn kind publishedAt } }'

interface Listing {
  publicTransparencyReports: {
    eventSlug: string
    eventName: string
    startsOn: string
    endsOn: string
    kind: string
    publishedAt: string
  }[]
}

describe.each(testDialects)('the public side of transparency reports, on %s', dialect => {
  let server: TestServer

  beforeEach(async () => {
    server = await startTestServer(dialect)
  })
  afterEach(() => server.stop())

  /** A report row as the publishing service leaves it; `publishedAt` null is a draft. */
  async function report(event: EventEntity, kind: TransparencyReportKind, publishedAt: Date | null) {
    await server.db.write(manager =>
      manager.insert(TransparencyReportEntity, {
        id: newId(),
        eventId: event.id,
        kind,
        draftMarkdown: 'Draft words',
        draftSavedAt: server.clock.now(),
        publishedMarkdown: publishedAt === null ? null : 'Published words',
        publishedAt,
        publishedById: null,
        statistics: publishedAt === null ? null : { reports: 0 },
      }),
    )
  }

  it('tells, per public event, whether its report is published: a draft does not count', async () => {
    const published = await createEvent(server.db, {
      slug: 'with-report',
      startsOn: '2026-02-01',
      endsOn: '2026-02-01',
    })
    const drafted = await createEvent(server.db, {
      slug: 'draft-only',
      startsOn: '2026-01-01',
      endsOn: '2026-01-01',
    })
    await createEvent(server.db, { slug: 'no-report', startsOn: '2025-12-01', endsOn: '2025-12-01' })
    await report(published, TransparencyReportKind.Initial, server.clock.now())
    await report(drafted, TransparencyReportKind.Full, null)

    const list = await server
      .client()
      .gql<{ publicEvents: { slug: string; hasTransparencyReport: boolean }[] }>(
        '{ publicEvents { slug hasTransparencyReport } }',
      )
    expect(list.errors).toBeUndefined()
    expect(list.data?.publicEvents).toEqual([
      { slug: 'with-report', hasTransparencyReport: true },
      { slug: 'draft-only', hasTransparencyReport: false },
      { slug: 'no-report', hasTransparencyReport: false },
    ])
    const one = await server
      .client()
      .gql<{ publicEvent: { hasTransparencyReport: boolean } }>(
        '{ publicEvent(slug: "with-report") { hasTransparencyReport } }',
      )
    expect(one.data?.publicEvent.hasTransparencyReport).toBe(true)
  })

  it('lists every published report, long-closed editions too, the full one over the initial, latest event first', async () => {
    const now = server.clock.now().getTime()
    const closedLongAgo = { status: EventStatus.Closed, closedAt: new Date(now - 400 * DAY) }
    const edition2024 = await createEvent(server.db, {
      ...closedLongAgo,
      slug: 'pycon-2024',
      name: 'PyCon 2024',
      startsOn: '2024-06-04',
      endsOn: '2024-06-06',
    })
    const edition2025 = await createEvent(server.db, {
      ...closedLongAgo,
      slug: 'pycon-2025',
      name: 'PyCon 2025',
      startsOn: '2025-06-05',
      endsOn: '2025-06-07',
    })
    const live = await createEvent(server.db, {
      slug: 'pycon-2026',
      name: 'PyCon 2026',
      startsOn: '2026-06-01',
    })
    const draftEvent = await createEvent(server.db, { slug: 'draft-event', status: EventStatus.Draft })
    const unpublished = await createEvent(server.db, { slug: 'unpublished', startsOn: '2023-01-01' })

    await report(edition2024, TransparencyReportKind.Initial, new Date('2024-06-06T17:00:00Z'))
    await report(edition2024, TransparencyReportKind.Full, new Date('2024-07-01T10:00:00Z'))
    await report(edition2025, TransparencyReportKind.Full, new Date('2025-07-02T10:00:00Z'))
    await report(edition2025, TransparencyReportKind.Initial, new Date('2025-06-07T17:00:00Z'))
    await report(live, TransparencyReportKind.Initial, new Date(now))
    await report(live, TransparencyReportKind.Full, null)
    await report(draftEvent, TransparencyReportKind.Initial, new Date(now))
    await report(unpublished, TransparencyReportKind.Full, null)

    const response = await server.client().gql<Listing>(LISTING)
    expect(response.errors).toBeUndefined()
    expect(response.data?.publicTransparencyReports).toEqual([
      {
        eventSlug: 'pycon-2026',
        eventName: 'PyCon 2026',
        startsOn: '2026-06-01',
        endsOn: live.endsOn,
        kind: 'INITIAL',
        publishedAt: new Date(now).toISOString(),
      },
      {
        eventSlug: 'pycon-2025',
        eventName: 'PyCon 2025',
        startsOn: '2025-06-05',
        endsOn: '2025-06-07',
        kind: 'FULL',
        publishedAt: '2025-07-02T10:00:00.000Z',
      },
      {
        eventSlug: 'pycon-2024',
        eventName: 'PyCon 2024',
        startsOn: '2024-06-04',
        endsOn: '2024-06-06',
        kind: 'FULL',
        publishedAt: '2024-07-01T10:00:00.000Z',
      },
    ])
    // Those editions are no public events any more: the list of reports is where they stay.
    const events = await server
      .client()
      .gql<{ publicEvents: { slug: string }[] }>('{ publicEvents { slug } }')
    expect(events.data?.publicEvents.map(event => event.slug)).not.toContain('pycon-2025')
  })

  it('lists nothing before any report is published', async () => {
    await createEvent(server.db, { slug: 'quiet' })
    const response = await server.client().gql<Listing>(LISTING)
    expect(response.data).toEqual({ publicTransparencyReports: [] })
  })
})
