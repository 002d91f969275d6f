import { ErrorCode, Role } from '@conduct-desk/shared'
import { createClient } from 'graphql-ws'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { createAccount, createContact, createEvent, TEST_PASSWORD } from '../../test/factories.js'
import { startTestServer, type TestServer } from '../../test/test-server.js'
import { sessionCookieName } from '../platform/http/cookies.js'
import { rootFields } from './schema-audience.test.js'

type Actor = 'anonymous' | 'admin' | 'wg' | 'organizer' | 'responder' | 'chair' | 'otherOrganizer'
const ACTORS: readonly Actor[] = [
  'anonymous',
  'admin',
  'wg',
  'organizer',
  'responder',
  'chair',
  'otherOrganizer',
]
const EVERYONE = ACTORS
const SIGNED_IN = ACTORS.filter(actor => actor !== 'anonymous')
const SETUP: readonly Actor[] = ['admin', 'organizer']
const EVENT_TEAM: readonly Actor[] = ['admin', 'wg', 'organizer', 'responder', 'chair']
const ALERTED: readonly Actor[] = ['admin', 'organizer', 'responder']

interface Scenario {
  eventId: string
  contactId: string
  kioskId: string
  alertId: string
  slug: string
  signInEmail: string
  invitationToken: string
}

interface Operation {
  readonly document: string
  readonly variables?: (scenario: Scenario, run: number) => Record<string, unknown>
  readonly allowed: readonly Actor[]
}

/**
 * The authorization table: every root field × every actor. A new field without a row here fails
 * the completeness test below; a row that lets in the wrong actor fails the matrix.
 */
const OPERATIONS: Record<string, Operation> = {
  'Query.publicEvents': { document: '{ publicEvents { id } }', allowed: EVERYONE },
  'Query.publicEvent': {
    document: 'query($slug: String!) { publicEvent(slug: $slug) { id contacts { id } } }',
    variables: s => ({ slug: s.slug }),
    allowed: EVERYONE,
  },
  'Query.viewer': { document: '{ viewer { id } }', allowed: EVERYONE },
  'Query.invitation': {
    document: 'query($token: String!) { invitation(token: $token) { role } }',
    variables: s => ({ token: s.invitationToken }),
    allowed: EVERYONE,
  },
  'Query.myEvents': { document: '{ myEvents { roles event { id } } }', allowed: SIGNED_IN },
  'Query.series': { document: '{ series { id } }', allowed: ['admin'] },
  'Mutation.signIn': {
    document: 'mutation($input: SignInInput!) { signIn(input: $input) { id } }',
    variables: s => ({ input: { email: s.signInEmail, password: TEST_PASSWORD } }),
    allowed: EVERYONE,
  },
  'Mutation.signOut': { document: 'mutation { signOut }', allowed: SIGNED_IN },
  'Mutation.redeemInvitation': {
    document: 'mutation($input: RedeemInvitationInput!) { redeemInvitation(input: $input) { id } }',
    variables: (_s, run) => ({
      input: { token: `no-such-invitation-token-${run}`, name: 'N', password: TEST_PASSWORD },
    }),
    allowed: EVERYONE,
  },
  'Mutation.inviteMember': {
    document: 'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { url } }',
    variables: (s, run) => ({
      input: { email: `invitee-${run}@example.org`, role: Role.Responder, eventId: s.eventId },
    }),
    allowed: ['admin', 'organizer'],
  },
  'Mutation.createSeries': {
    document: 'mutation($input: CreateSeriesInput!) { createSeries(input: $input) { id } }',
    variables: (_s, run) => ({ input: { name: 'Matrix series', slug: `matrix-series-${run}` } }),
    allowed: ['admin'],
  },
  'Mutation.createEvent': {
    document: 'mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }',
    variables: (_s, run) => ({
      input: {
        name: 'Matrix event',
        slug: `matrix-event-${run}`,
        kind: 'MEETUP',
        startsOn: '2026-09-01',
        endsOn: '2026-09-01',
        timeZone: 'UTC',
        venue: '',
      },
    }),
    allowed: ['admin'],
  },
  'Query.event': { document: 'query($e: ID!) { event(eventId: $e) { id contacts { id } policy { version } } }', variables: s => ({ e: s.eventId }), allowed: EVENT_TEAM },
  'Query.policyHistory': { document: 'query($e: ID!) { policyHistory(eventId: $e) { version } }', variables: s => ({ e: s.eventId }), allowed: EVENT_TEAM },
  'Query.readiness': { document: 'query($e: ID!) { readiness(eventId: $e) { isReady } }', variables: s => ({ e: s.eventId }), allowed: ['admin', 'wg', 'organizer'] },
  'Query.kioskDevices': { document: 'query($e: ID!) { kioskDevices(eventId: $e) { id } }', variables: s => ({ e: s.eventId }), allowed: SETUP },
  'Query.thisKiosk': { document: '{ thisKiosk { location } }', allowed: EVERYONE },
  'Query.urgentAlerts': { document: 'query($e: ID!) { urgentAlerts(eventId: $e) { id } }', variables: s => ({ e: s.eventId }), allowed: ALERTED },
  'Mutation.updateEventDetails': {
    document: 'mutation($i: UpdateEventDetailsInput!) { updateEventDetails(input: $i) { id } }',
    variables: s => ({ i: { eventId: s.eventId, name: 'Matrix Conf', kind: 'CONFERENCE', startsOn: '2026-01-01', endsOn: '2030-01-01', timeZone: 'UTC', venue: 'Hall', attendeesInPerson: 10, attendeesOnline: 0 } }),
    allowed: SETUP,
  },
  'Mutation.setQuietRoom': { document: 'mutation($i: SetQuietRoomInput!) { setQuietRoom(input: $i) { id } }', variables: s => ({ i: { eventId: s.eventId, location: 'Room 2' } }), allowed: SETUP },
  'Mutation.setPhotoConsent': {
    document: 'mutation($i: SetPhotoConsentInput!) { setPhotoConsent(input: $i) { id } }',
    variables: s => ({ i: { eventId: s.eventId, mode: 'opt-in', markers: [{ marker: 'Red lanyard', meaning: 'No photos' }] } }),
    allowed: SETUP,
  },
  'Mutation.publishEvent': { document: 'mutation($e: ID!) { publishEvent(eventId: $e) { id } }', variables: s => ({ e: s.eventId }), allowed: SETUP },
  'Mutation.closeEvent': { document: 'mutation($e: ID!) { closeEvent(eventId: $e) { id } }', variables: s => ({ e: s.eventId }), allowed: SETUP },
  'Mutation.saveContact': {
    document: 'mutation($i: SaveContactInput!) { saveContact(input: $i) { id } }',
    variables: (s, run) => ({ i: { eventId: s.eventId, name: 'Matrix', languages: ['en'], role: 'COMMITTEE', isIndependent: true, email: `matrix-${run}@example.org`, identifier: 'Lanyard', onDuty: [] } }),
    allowed: SETUP,
  },
  'Mutation.deleteContact': { document: 'mutation($e: ID!, $c: ID!) { deleteContact(eventId: $e, contactId: $c) }', variables: s => ({ e: s.eventId, c: s.contactId }), allowed: SETUP },
  'Mutation.savePolicy': { document: 'mutation($i: SavePolicyInput!) { savePolicy(input: $i) { version } }', variables: s => ({ i: { eventId: s.eventId, extensions: [] } }), allowed: SETUP },
  'Mutation.createKioskEnrolment': {
    document: 'mutation($i: CreateKioskEnrolmentInput!) { createKioskEnrolment(input: $i) { code } }',
    variables: s => ({ i: { eventId: s.eventId, location: 'Hall' } }),
    allowed: SETUP,
  },
  'Mutation.revokeKiosk': { document: 'mutation($e: ID!, $k: ID!) { revokeKiosk(eventId: $e, kioskId: $k) }', variables: s => ({ e: s.eventId, k: s.kioskId }), allowed: SETUP },
  'Mutation.enrolKiosk': { document: 'mutation { enrolKiosk(code: "ABCDEFGH") { location } }', allowed: EVERYONE },
  'Mutation.requestUrgentHelp': {
    document: 'mutation($slug: String!) { requestUrgentHelp(input: { eventSlug: $slug }) { isTeamAlerted } }',
    variables: s => ({ slug: s.slug }),
    allowed: EVERYONE,
  },
  'Mutation.acknowledgeUrgentAlert': {
    document: 'mutation($i: AcknowledgeUrgentAlertInput!) { acknowledgeUrgentAlert(input: $i) { id } }',
    variables: s => ({ i: { eventId: s.eventId, alertId: s.alertId } }),
    allowed: ALERTED,
  },
}

/** Subscriptions run over WebSocket; each row is checked by triggering one event after subscribing. */
const SUBSCRIPTIONS: Record<string, Operation> = {
  'Subscription.urgentAlertsChanged': {
    document: 'subscription($e: ID!) { urgentAlertsChanged(eventId: $e) { id } }',
    variables: s => ({ e: s.eventId }),
    allowed: ALERTED,
  },
}

/** The first message of a subscription, after `trigger` runs: data, or the error codes. */
async function firstMessage(url: string, cookie: string | null, operation: Operation, scenario: Scenario, trigger: () => Promise<void>) {
  const headers = cookie === null ? {} : { cookie }
  class CookieWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers })
    }
  }
  const client = createClient({ url: url.replace('http', 'ws') + '/graphql', webSocketImpl: CookieWebSocket, retryAttempts: 0, lazy: false })
  try {
    const subscription = client.iterate({ query: operation.document, variables: operation.variables?.(scenario, 0) ?? {} })
    const next = subscription.next()
    await new Promise(resolve => setTimeout(resolve, 150))
    await trigger()
    const result = await Promise.race([next, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no message')), 5000))])
    void subscription.return?.()
    const value = result.value as { errors?: { extensions?: Record<string, unknown> }[]; data?: unknown } | undefined
    return { codes: (value?.errors ?? []).map(error => error.extensions?.['code']), data: value?.data ?? null }
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
    const event = await createEvent(server.db)
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
    await server.services.urgentHelp.request(event.slug, null, null, 'matrix-setup')
    const [alert] = await server.services.urgentHelp.openAlerts(event.id)
    scenario = {
      eventId: event.id,
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
        const cookie = accountId === undefined ? null : `${sessionCookieName({ secure: true })}=${await server.services.sessions.start(accountId)}`
        const message = await firstMessage(server.url, cookie, operation, scenario, async () => {
          const [alert] = await server.services.urgentHelp.openAlerts(scenario.eventId)
          const admin = await server.services.sessions.loadViewer(accountOf.get('admin') ?? '')
          if (alert !== undefined && admin !== null) {
            await server.services.urgentHelp.acknowledge(admin, scenario.eventId, alert.id)
          }
          await server.services.urgentHelp.request(scenario.slug, null, null, `matrix-${actor}`)
        })
        if (allowed) {
          expect(message.codes).toEqual([])
          expect(message.data).not.toBeNull()
        } else {
          expect(message.codes).toEqual([actor === 'anonymous' ? ErrorCode.Unauthenticated : ErrorCode.Forbidden])
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
          expect(codes).toEqual([actor === 'anonymous' ? ErrorCode.Unauthenticated : ErrorCode.Forbidden])
          expect(response.data).toBeNull()
        }
      })
    }
  }
})
