import { Role } from '@conduct-desk/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testDialects } from '../../../test/databases.js'
import { createAccount, createEvent, signedInClient } from '../../../test/factories.js'
import { startTestServer, type TestClient, type TestServer } from '../../../test/test-server.js'

const RECORD = `mutation($i: RecordOnSiteReportInput!) { recordOnSiteReport(input: $i) { reference } }`
const INBOX = `query($e: ID!, $f: CaseInboxFilterInput) { caseInbox(eventId: $e, filter: $f) {
  total cases { channel isUrgent } } }`

describe.each(testDialects)('reports the team writes down, by channel, on %s', dialect => {
  let server: TestServer
  let eventId: string
  let amara: TestClient

  beforeEach(async () => {
    server = await startTestServer(dialect)
    // An event that ended long ago: the public can no longer report, the team still writes down.
    eventId = (
      await createEvent(server.db, { status: 'closed', startsOn: '2025-01-10', endsOn: '2025-01-12' })
    ).id
    amara = await signedInClient(server, await createAccount(server.db, [{ role: Role.Responder, eventId }]))
  })
  afterEach(() => server.stop())

  const record = (channel: string | undefined, description: string) =>
    amara.gql(RECORD, {
      i: {
        eventId,
        description,
        isConfidentialityExplained: true,
        isImmediateActionNeeded: false,
        ...(channel === undefined ? {} : { channel }),
      },
    })

  it('keeps how each report reached the team, for the inbox filter and the statistics', async () => {
    for (const [channel, description] of [
      [undefined, 'Told at the desk.'],
      ['EMAIL', 'Sent to the committee by email.'],
      ['PHONE', 'Called the on-duty number.'],
      ['ONLINE', 'Messaged us in the event chat.'],
      ['TEAM', 'A responder saw it happen.'],
    ] as const) {
      expect((await record(channel, description)).errors).toBeUndefined()
    }
    const all = await amara.gql<{ caseInbox: { cases: { channel: string }[] } }>(INBOX, { e: eventId })
    expect(all.data?.caseInbox.cases.map(row => row.channel).sort()).toEqual([
      'email',
      'in-person',
      'online',
      'phone',
      'team',
    ])
    const byEmail = await amara.gql<{ caseInbox: { total: number } }>(INBOX, {
      e: eventId,
      f: { channel: 'email' },
    })
    expect(byEmail.data?.caseInbox.total).toBe(1)
  })

  it('refuses a channel that is not the team’s, writing nothing', async () => {
    const refused = await record('KIOSK', 'Pretending to be the kiosk.')
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    const all = await amara.gql<{ caseInbox: { total: number } }>(INBOX, { e: eventId })
    expect(all.data?.caseInbox.total).toBe(0)
  })
})
