import { EventStatus } from '@conduct-desk/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testDialects } from '../../../test/databases.js'
import { createContact, createEvent } from '../../../test/factories.js'
import { startTestServer, type TestServer } from '../../../test/test-server.js'

const PUBLIC_EVENTS =
  '{ publicEvents { slug isLive contacts { name onDutyNow languages role email photoUrl } } }'
const DAY = 86_400_000

describe.each(testDialects)('public events on %s', dialect => {
  let server: TestServer

  beforeEach(async () => {
    server = await startTestServer(dialect)
  })
  afterEach(() => server.stop())

  it('shows published events and those closed in the last 30 days, never drafts', async () => {
    const now = server.clock.now().getTime()
    await createEvent(server.db, { slug: 'live-one' })
    await createEvent(server.db, { slug: 'draft-one', status: EventStatus.Draft })
    await createEvent(server.db, {
      slug: 'closed-recently',
      status: EventStatus.Closed,
      closedAt: new Date(now - 29 * DAY),
      startsOn: '2020-01-01',
      endsOn: '2020-01-02',
    })
    await createEvent(server.db, {
      slug: 'closed-long-ago',
      status: EventStatus.Closed,
      closedAt: new Date(now - 31 * DAY),
    })
    const response = await server
      .client()
      .gql<{ publicEvents: { slug: string; isLive: boolean }[] }>(PUBLIC_EVENTS)
    expect(response.data?.publicEvents.map(event => [event.slug, event.isLive])).toEqual([
      ['live-one', true],
      ['closed-recently', false],
    ])
    const draft = await server.client().gql('{ publicEvent(slug: "draft-one") { slug } }')
    expect(draft.data).toEqual({ publicEvent: null })
  })

  it('lists contacts in their order, with who is on duty now', async () => {
    const event = await createEvent(server.db, { slug: 'with-contacts' })
    const now = server.clock.now().getTime()
    const period = (from: number, to: number) => ({
      startsAt: new Date(now + from).toISOString(),
      endsAt: new Date(now + to).toISOString(),
    })
    await createContact(server.db, event.id, {
      name: 'Second',
      sortOrder: 2,
      onDuty: [period(3_600_000, 7_200_000)],
    })
    await createContact(server.db, event.id, {
      name: 'First',
      sortOrder: 1,
      languages: ['pt', 'en'],
      onDuty: [period(-60_000, 60_000)],
    })
    const response = await server.client().gql<{
      publicEvent: {
        contacts: {
          name: string
          onDutyNow: boolean
          languages: string[]
          role: string
          photoUrl: string | null
        }[]
      }
    }>('{ publicEvent(slug: "with-contacts") { contacts { name onDutyNow languages role photoUrl } } }')
    expect(response.data?.publicEvent.contacts).toEqual([
      { name: 'First', onDutyNow: true, languages: ['pt', 'en'], role: 'COMMITTEE', photoUrl: null },
      { name: 'Second', onDutyNow: false, languages: ['en'], role: 'COMMITTEE', photoUrl: null },
    ])
    server.clock.advance(2 * 3_600_000 - 1)
    const later = await server
      .client()
      .gql<{ publicEvent: { contacts: { name: string; onDutyNow: boolean }[] } }>(
        '{ publicEvent(slug: "with-contacts") { contacts { name onDutyNow } } }',
      )
    expect(later.data?.publicEvent.contacts.map(contact => contact.onDutyNow)).toEqual([false, true])
  })
})
