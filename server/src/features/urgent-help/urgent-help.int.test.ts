import { ErrorCode, Role } from '@conduct-desk/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testDialects } from '../../../test/databases.js'
import { createAccount, createContact, createEvent, signedInClient } from '../../../test/factories.js'
import { subscribe, until } from '../../../test/live.js'
import { startSmtpSink } from '../../../test/smtp-sink.js'
import { startTestServer, type TestClient, type TestServer } from '../../../test/test-server.js'

const REQUEST =
  'mutation($s: String!, $w: String) { requestUrgentHelp(input: { eventSlug: $s, where: $w }) { isTeamAlerted urgentPhone quietRoom { location } contactsOnDuty { name } } }'

describe.each(testDialects)('urgent help on %s', dialect => {
  let server: TestServer
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>
  let responder: TestClient
  let eventId: string
  let slug: string

  beforeEach(async () => {
    smtp = await startSmtpSink()
    server = await startTestServer(dialect, { SMTP_URL: smtp.url })
    const event = await createEvent(server.db, {
      urgentPhone: '+351 210 000 000',
      quietRoomLocation: 'Room 2',
    })
    eventId = event.id
    slug = event.slug
    const now = server.clock.now().getTime()
    await createContact(server.db, eventId, {
      name: 'On Duty',
      email: 'on.duty@example.org',
      onDuty: [
        {
          startsAt: new Date(now - 3_600_000).toISOString(),
          endsAt: new Date(now + 3_600_000).toISOString(),
        },
      ],
    })
    await createContact(server.db, eventId, { name: 'Off Duty', email: 'off.duty@example.org', onDuty: [] })
    const account = await createAccount(server.db, [{ role: Role.Responder, eventId }])
    responder = await signedInClient(server, account)
  })
  afterEach(async () => {
    await server.stop()
    await smtp.stop()
  })

  it('reaches a responder’s live subscription within 2 seconds and emails only the on-duty contacts, without personal data', async () => {
    const live = await subscribe<{
      urgentAlertsChanged: { id: string; place: string | null; status: string }[]
    }>(
      server.url,
      responder.cookie,
      'subscription($e: ID!) { urgentAlertsChanged(eventId: $e) { id place status } }',
      { e: eventId },
    )
    const tappedAt = Date.now()
    const answer = await server.client().gql(REQUEST, { s: slug, w: 'Hall B, by the stairs' })
    expect(answer.data).toEqual({
      requestUrgentHelp: {
        isTeamAlerted: true,
        urgentPhone: '+351 210 000 000',
        quietRoom: { location: 'Room 2' },
        contactsOnDuty: [{ name: 'On Duty' }],
      },
    })
    const alerts = await until(() => live.received[0]?.urgentAlertsChanged, 2000)
    expect(Date.now() - tappedAt).toBeLessThan(2000)
    expect(alerts).toEqual([
      { id: expect.any(String) as string, place: 'Hall B, by the stairs', status: 'OPEN' },
    ])

    const mail = await until(() => smtp.messages[0], 5000)
    expect(mail.to).toEqual(['on.duty@example.org'])
    const text = mail.raw.replace(/=\r?\n/g, '')
    expect(text).toContain('Urgent help requested at Test Conference')
    expect(text).toContain('Hall B, by the stairs')
    expect(text).not.toContain('off.duty@example.org')

    const acknowledged = await responder.gql(
      'mutation($i: AcknowledgeUrgentAlertInput!) { acknowledgeUrgentAlert(input: $i) { acknowledgedByName } }',
      {
        i: { eventId, alertId: alerts[0]?.id },
      },
    )
    expect(acknowledged.data).toEqual({ acknowledgeUrgentAlert: { acknowledgedByName: 'Test Person' } })
    // Taken: no longer open anywhere, and everyone sees who took it.
    const taken = await until(() => live.received[1]?.urgentAlertsChanged, 2000)
    expect(taken).toEqual([{ id: alerts[0]?.id, place: 'Hall B, by the stairs', status: 'ACKNOWLEDGED' }])
    await live.close()
  })

  it('limits repeated taps from one requester, and refuses unknown events', async () => {
    const kiosk = server.client()
    for (let tap = 0; tap < 3; tap++) {
      expect((await kiosk.gql(REQUEST, { s: slug })).errors).toBeUndefined()
    }
    expect((await kiosk.gql(REQUEST, { s: slug })).errors?.[0]?.extensions?.['code']).toBe(
      ErrorCode.RateLimited,
    )
    expect((await kiosk.gql(REQUEST, { s: 'no-such-event' })).errors?.[0]?.extensions?.['code']).toBe(
      ErrorCode.NotFound,
    )
  })
})
