import { CaseStatus, ErrorCode, Role, addDays } from '@conduct-desk/shared'
import { createClient } from 'graphql-ws'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import {
  ACTORS,
  OPERATIONS,
  SUBSCRIPTIONS,
  type Actor,
  type Operation,
  type Scenario,
} from '../../test/authorization-matrix.table.js'
import { createAccount, createContact, createEvent } from '../../test/factories.js'
import { startTestServer, type TestServer } from '../../test/test-server.js'
import { toReportContent } from '../features/cases/report-content.js'
import { UrgentAlertEntity } from '../features/urgent-help/urgent-alert.entity.js'
import { sessionCookieName } from '../platform/http/cookies.js'
import { rootFields } from './schema-audience.test.js'

const MATRIX_REPORT = {
  content: toReportContent({ description: 'Matrix report' }),
  category: null,
  language: 'en',
  isOngoing: false,
  isUrgent: false,
  channel: 'web' as const,
  enteredBy: null,
}

/** One tap on "I need help now", with nothing more said. */
const urgentTap = (eventSlug: string) => ({
  eventSlug,
  where: null,
  alertToken: null,
  excludedContactIds: [],
})

/** The first message of a subscription, after `trigger` runs: data, or the error codes. */
async function firstMessage(
  url: string,
  cookie: string | null,
  operation: Operation,
  scenario: Scenario,
  trigger: () => Promise<void>,
) {
  const headers = cookie === null ? {} : { cookie }
  class CookieWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers })
    }
  }
  const client = createClient({
    url: url.replace('http', 'ws') + '/graphql',
    webSocketImpl: CookieWebSocket,
    retryAttempts: 0,
    lazy: false,
  })
  try {
    const subscription = client.iterate({
      query: operation.document,
      variables: operation.variables?.(scenario, 0) ?? {},
    })
    const next = subscription.next()
    await new Promise(resolve => setTimeout(resolve, 150))
    await trigger()
    const result = await Promise.race([
      next,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no message')), 5000)),
    ])
    void subscription.return?.()
    const value = result.value as
      { errors?: { extensions?: Record<string, unknown> }[]; data?: unknown } | undefined
    return {
      codes: (value?.errors ?? []).map(error => error.extensions?.['code']),
      data: value?.data ?? null,
    }
  } catch (error) {
    return { codes: [(error as { message?: string }).message ?? 'closed'], data: null }
  } finally {
    await client.dispose()
  }
}

describe('authorization matrix', () => {
  let server: TestServer
  let scenario: Scenario
  const accountOf = new Map<Actor, string>()

  beforeAll(async () => {
    server = await startTestServer('sqlite')
    const tomorrow = addDays(new Date().toISOString().slice(0, 10), 1)
    const event = await createEvent(server.db, { endsOn: addDays(tomorrow, 1) })
    const other = await createEvent(server.db)
    const holders: Record<Exclude<Actor, 'anonymous'>, { role: Role; eventId?: string }[]> = {
      admin: [{ role: Role.Admin }],
      wg: [{ role: Role.Wg }],
      organizer: [{ role: Role.Organizer, eventId: event.id }],
      responder: [{ role: Role.Responder, eventId: event.id }],
      chair: [{ role: Role.Chair, eventId: event.id }],
      otherOrganizer: [{ role: Role.Organizer, eventId: other.id }],
    }
    for (const [actor, roles] of Object.entries(holders)) {
      accountOf.set(actor as Actor, (await createAccount(server.db, roles)).id)
    }
    const signInAccount = await createAccount(server.db)
    const invitation = await server.services.invitations.issue({
      email: 'matrix@example.org',
      role: Role.Chair,
      eventId: event.id,
      invitedById: null,
    })
    const contact = await createContact(server.db, event.id)
    const { device } = await server.services.kiosks.createEnrolment(event.id, 'Hall')
    await server.services.urgentHelp.request(urgentTap(event.slug), null, 'matrix-setup')
    const alert = await server.db.read.findOneBy(UrgentAlertEntity, { eventId: event.id })
    const window = await server.services.officeHourSetup.createWindow({
      eventId: event.id,
      localDate: tomorrow,
      from: '12:00',
      to: '13:00',
      slotMinutes: 20,
      bufferMinutes: 0,
      place: 'Room 2',
    })
    const booking = await server.services.bookings.book(window.slots[1]?.id ?? '', null, 'matrix-setup')
    const [meeting] = await server.services.meetings.meetings(event.id, true)
    const receipt = await server.services.reportIntake.submit({ id: event.id }, MATRIX_REPORT, 'matrix-setup')
    const responderViewer = await server.services.sessions.loadViewer(accountOf.get('responder') ?? '')
    const [firstCase] =
      responderViewer === null ? [] : await server.services.cases.list(responderViewer, event.id)
    expect(receipt.reference).toBeTruthy()
    scenario = {
      eventId: event.id,
      caseId: firstCase?.id ?? '',
      slotId: window.slots[2]?.id ?? '',
      windowId: window.id,
      bookingId: meeting?.id ?? booking.code,
      contactId: contact.id,
      kioskId: device.id,
      alertId: alert?.id ?? '',
      slug: event.slug,
      signInEmail: signInAccount.email,
      invitationToken: invitation.url.split('#')[1] ?? '',
    }
  })

  afterAll(() => server.stop())

  it('has a row for every root field of the schema, and no row for a field that does not exist', async () => {
    const names = (await rootFields()).map(field => field.name).sort()
    expect([...Object.keys(OPERATIONS), ...Object.keys(SUBSCRIPTIONS)].sort()).toEqual(names)
  })

  for (const [name, operation] of Object.entries(SUBSCRIPTIONS)) {
    for (const actor of ACTORS) {
      const allowed = operation.allowed.includes(actor)
      it(`${name} × ${actor} → ${allowed ? 'allowed' : 'denied'} (WebSocket)`, async () => {
        const accountId = accountOf.get(actor)
        const cookie =
          accountId === undefined
            ? null
            : `${sessionCookieName({ secure: true })}=${await server.services.sessions.start(accountId)}`
        const message = await firstMessage(server.url, cookie, operation, scenario, async () => {
          if (operation.trigger === 'escalation') {
            // The team escalates the case and takes it back: two changes the WG's list hears of.
            const responder = await server.services.sessions.loadViewer(accountOf.get('responder') ?? '')
            for (const to of [CaseStatus.EscalatedToWg, CaseStatus.InReview]) {
              await server.services.caseDecisions.move(responder!, scenario.caseId, to)
            }
            return
          }
          if (operation.trigger === 'report') {
            await server.services.reportIntake.submit(
              { id: scenario.eventId },
              MATRIX_REPORT,
              `matrix-${actor}`,
            )
            return
          }
          const admin = await server.services.sessions.loadViewer(accountOf.get('admin') ?? '')
          const [alert] =
            admin === null ? [] : await server.services.urgentAlerts.alertsFor(admin, scenario.eventId)
          if (alert !== undefined && admin !== null) {
            await server.services.urgentAlerts.acknowledge(admin, scenario.eventId, alert.id)
          }
          await server.services.urgentHelp.request(urgentTap(scenario.slug), null, `matrix-${actor}`)
        })
        if (allowed) {
          expect(message.codes).toEqual([])
          expect(message.data).not.toBeNull()
        } else {
          expect(message.codes).toEqual([
            actor === 'anonymous' ? ErrorCode.Unauthenticated : ErrorCode.Forbidden,
          ])
        }
      })
    }
  }

  let run = 0
  for (const [name, operation] of Object.entries(OPERATIONS)) {
    for (const actor of ACTORS) {
      const allowed = operation.allowed.includes(actor)
      it(`${name} × ${actor} → ${allowed ? 'allowed' : 'denied'}`, async () => {
        run += 1
        const client = server.client()
        const accountId = accountOf.get(actor)
        if (accountId !== undefined) {
          const token = await server.services.sessions.start(accountId)
          client.cookie = `${sessionCookieName({ secure: true })}=${token}`
        }
        const response = await client.gql(operation.document, operation.variables?.(scenario, run) ?? {})
        const codes = (response.errors ?? []).map(error => error.extensions?.['code'])
        if (allowed) {
          expect(codes).not.toContain(ErrorCode.Unauthenticated)
          expect(codes).not.toContain(ErrorCode.Forbidden)
        } else {
          expect(codes).toEqual([
            operation.deniedWith ?? (actor === 'anonymous' ? ErrorCode.Unauthenticated : ErrorCode.Forbidden),
          ])
          expect(response.data).toBeNull()
        }
      })
    }
  }
})
