import { Role } from '@conduct-desk/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { reportedCase } from '../../../test/case-scenario.js'
import { testDialects } from '../../../test/databases.js'
import { createAccount, createEvent, signedInClient } from '../../../test/factories.js'
import { startTestServer, type TestServer } from '../../../test/test-server.js'
import { newId } from '../../platform/security/tokens.js'
import type { EventEntity } from '../events/event.entity.js'
import { SeriesEntity } from '../events/series.entity.js'

const STATISTICS = `query($e: ID!) { transparencyStatistics(eventId: $e) {
  reports reportsDuringEvent reportsAfterEvent
  history { eventSlug eventName year attendeesInPerson attendeesOnline reports reportsDuringEvent reportsAfterEvent } } }`

/**
 * Five editions of a series like DjangoCon Europe, each in its own time zone (dates and places as
 * published; attendance figures made up for the test).
 */
const EDITIONS = [
  {
    year: 2021,
    startsOn: '2021-06-02',
    endsOn: '2021-06-06',
    timeZone: 'Europe/Amsterdam',
    inPerson: 0,
    online: 600,
  },
  {
    year: 2022,
    startsOn: '2022-09-21',
    endsOn: '2022-09-25',
    timeZone: 'Europe/Lisbon',
    inPerson: 400,
    online: 0,
  },
  {
    year: 2023,
    startsOn: '2023-05-29',
    endsOn: '2023-06-02',
    timeZone: 'Europe/London',
    inPerson: 450,
    online: 0,
  },
  {
    year: 2024,
    startsOn: '2024-06-05',
    endsOn: '2024-06-09',
    timeZone: 'Europe/Madrid',
    inPerson: 500,
    online: 0,
  },
  {
    year: 2025,
    startsOn: '2025-04-23',
    endsOn: '2025-04-27',
    timeZone: 'Europe/Dublin',
    inPerson: 500,
    online: 0,
  },
] as const

describe.each(testDialects)('DjangoCon Europe’s history table, on %s', dialect => {
  let server: TestServer
  let editions: EventEntity[]

  beforeEach(async () => {
    server = await startTestServer(dialect)
    const series = { id: newId(), name: 'DjangoCon Europe', slug: 'djangocon-europe', createdAt: new Date() }
    await server.db.write(manager => manager.insert(SeriesEntity, series))
    editions = []
    for (const edition of EDITIONS) {
      editions.push(
        await createEvent(server.db, {
          seriesId: series.id,
          name: `DjangoCon Europe ${edition.year}`,
          slug: `djangocon-europe-${edition.year}`,
          startsOn: edition.startsOn,
          endsOn: edition.endsOn,
          timeZone: edition.timeZone,
          attendeesInPerson: edition.inPerson,
          attendeesOnline: edition.online,
        }),
      )
    }
  })
  afterEach(() => server.stop())

  /** A report sent through the kiosk's door at `at` (the server's clock). */
  async function reportAt(slug: string, at: string) {
    server.clock.set(new Date(at))
    await reportedCase(server, slug, { description: 'Someone made unwelcome comments.' })
  }

  it('reproduces the published figures: 2, 0, 0, 0 during; 2 after in 2024; none in 2025', async () => {
    // 2021: two reports during the (online) event, one of them at 23:30 on its last day, Amsterdam time.
    await reportAt('djangocon-europe-2021', '2021-06-03T10:00:00.000Z')
    await reportAt('djangocon-europe-2021', '2021-06-06T21:30:00.000Z')
    // 2024: two after the event: at 00:30 in Vigo the night after its last day (still June 9 in UTC),
    // and three weeks later.
    await reportAt('djangocon-europe-2024', '2024-06-09T22:30:00.000Z')
    await reportAt('djangocon-europe-2024', '2024-06-30T09:00:00.000Z')
    const chair2025 = await createAccount(server.db, [{ role: Role.Chair, eventId: editions[4]!.id }])
    const client = await signedInClient(server, chair2025)

    const answer = await client.gql<{
      transparencyStatistics: { reports: number; history: Record<string, unknown>[] }
    }>(STATISTICS, { e: editions[4]!.id })

    expect(answer.errors).toBeUndefined()
    const statistics = answer.data!.transparencyStatistics
    expect(statistics).toMatchObject({ reports: 0, reportsDuringEvent: 0, reportsAfterEvent: 0 })
    expect(statistics.history).toEqual([
      {
        eventSlug: 'djangocon-europe-2021',
        eventName: 'DjangoCon Europe 2021',
        year: 2021,
        attendeesInPerson: null,
        attendeesOnline: 600,
        reports: 2,
        reportsDuringEvent: 2,
        reportsAfterEvent: 0,
      },
      {
        eventSlug: 'djangocon-europe-2022',
        eventName: 'DjangoCon Europe 2022',
        year: 2022,
        attendeesInPerson: 400,
        attendeesOnline: null,
        reports: 0,
        reportsDuringEvent: 0,
        reportsAfterEvent: 0,
      },
      {
        eventSlug: 'djangocon-europe-2023',
        eventName: 'DjangoCon Europe 2023',
        year: 2023,
        attendeesInPerson: 450,
        attendeesOnline: null,
        reports: 0,
        reportsDuringEvent: 0,
        reportsAfterEvent: 0,
      },
      {
        eventSlug: 'djangocon-europe-2024',
        eventName: 'DjangoCon Europe 2024',
        year: 2024,
        attendeesInPerson: 500,
        attendeesOnline: null,
        reports: 2,
        reportsDuringEvent: 0,
        reportsAfterEvent: 2,
      },
      {
        eventSlug: 'djangocon-europe-2025',
        eventName: 'DjangoCon Europe 2025',
        year: 2025,
        attendeesInPerson: 500,
        attendeesOnline: null,
        reports: 0,
        reportsDuringEvent: 0,
        reportsAfterEvent: 0,
      },
    ])
  })

  it('gives the 2024 edition its own numbers, with only the editions before it as history', async () => {
    await reportAt('djangocon-europe-2024', '2024-06-09T22:30:00.000Z')
    await reportAt('djangocon-europe-2024', '2024-06-30T09:00:00.000Z')
    const chair2024 = await createAccount(server.db, [{ role: Role.Chair, eventId: editions[3]!.id }])

    const answer = await (
      await signedInClient(server, chair2024)
    ).gql<{
      transparencyStatistics: { reportsAfterEvent: number; history: { year: number }[] }
    }>(STATISTICS, { e: editions[3]!.id })

    expect(answer.data?.transparencyStatistics.reportsAfterEvent).toBe(2)
    expect(answer.data?.transparencyStatistics.history.map(edition => edition.year)).toEqual([
      2021, 2022, 2023, 2024,
    ])
  })
})
