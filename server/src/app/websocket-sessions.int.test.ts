import { Role } from '@conduct-desk/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testDialects } from '../../test/databases.js'
import { createAccount, createEvent, signedInClient } from '../../test/factories.js'
import { GraphQLSocket } from '../../test/graphql-socket.js'
import { startTestServer, type TestClient, type TestServer } from '../../test/test-server.js'
import type { AccountEntity } from '../features/accounts/account.entity.js'
import { RoleAssignmentEntity } from '../features/accounts/role-assignment.entity.js'
import { SESSION_IDLE_MS } from '../features/accounts/session.service.js'

const INBOX = 'subscription($e: ID!) { caseInboxChanged(eventId: $e) { id } }'
const URGENT = 'subscription($e: ID!) { urgentAlertsChanged(eventId: $e) { id } }'
const REQUEST_HELP = 'mutation($s: String!) { requestUrgentHelp(input: { eventSlug: $s }) { isTeamAlerted } }'
const SUBMIT = 'mutation($i: SubmitReportInput!) { submitReport(input: $i) { reference } }'

/** Resolves with the close if it comes within `ms`, or null. */
function closedWithin(socket: GraphQLSocket, ms: number) {
  return Promise.race([socket.closed, new Promise<null>(resolve => setTimeout(() => resolve(null), ms))])
}

// SECURITY R51: a subscription never keeps the viewer it started with.
describe.each(testDialects)('live updates follow the session on %s', dialect => {
  let server: TestServer
  let account: AccountEntity
  let responder: TestClient
  let eventId: string
  let slug: string

  beforeEach(async () => {
    server = await startTestServer(dialect, { RATE_LIMIT: '0' })
    const event = await createEvent(server.db)
    eventId = event.id
    slug = event.slug
    account = await createAccount(server.db, [{ role: Role.Responder, eventId }])
    responder = await signedInClient(server, account)
  })
  afterEach(() => server.stop())

  /** A socket with both staff subscriptions, proven live by one event on each. */
  async function liveSocket(): Promise<GraphQLSocket> {
    const socket = await GraphQLSocket.connect(server.url, { cookie: responder.cookie })
    socket.subscribe('inbox', INBOX, { e: eventId })
    socket.subscribe('urgent', URGENT, { e: eventId })
    await new Promise(resolve => setTimeout(resolve, 200))
    await triggerEvents()
    await socket.answerTo('inbox')
    await socket.answerTo('urgent')
    return socket
  }

  async function triggerEvents(): Promise<void> {
    await server.client().gql(REQUEST_HELP, { s: slug })
    await server.client().gql(SUBMIT, { i: { eventSlug: slug, description: 'It happened again.' } })
  }

  /** Triggers both kinds of event, and returns how many `next` messages arrived after that. */
  async function deliveredAfterTrigger(socket: GraphQLSocket): Promise<number> {
    const before = socket.messages.filter(message => message.type === 'next').length
    await triggerEvents()
    await new Promise(resolve => setTimeout(resolve, 300))
    return socket.messages.filter(message => message.type === 'next').length - before
  }

  it('stops delivering within 1 s of sign-out: the socket is closed', async () => {
    const socket = await liveSocket()
    const staleCookie = responder.cookie
    await responder.gql('mutation { signOut }')
    expect(await closedWithin(socket, 1000)).toMatchObject({ code: 4401 })
    expect(await deliveredAfterTrigger(socket)).toBe(0)
    // The signed-out cookie opens no new staff socket either.
    const again = new GraphQLSocket(server.url, { cookie: staleCookie })
    await again.opened()
    again.send({ type: 'connection_init' })
    expect((await again.closed).code).toBe(4403)
  })

  it('delivers no event after a role is removed: the next event closes the socket', async () => {
    const socket = await liveSocket()
    await server.db.write(manager => manager.delete(RoleAssignmentEntity, { accountId: account.id }))
    expect(await deliveredAfterTrigger(socket)).toBe(0)
    expect(await closedWithin(socket, 1000)).toMatchObject({ code: 4403 })
  })

  it('closes the sockets within 1 s when the account’s sessions are ended (role removal, R18)', async () => {
    const socket = await liveSocket()
    await server.db.write(manager => manager.delete(RoleAssignmentEntity, { accountId: account.id }))
    await server.services.sessions.endAllFor(account.id)
    expect(await closedWithin(socket, 1000)).toMatchObject({ code: 4401 })
    expect(await deliveredAfterTrigger(socket)).toBe(0)
  })

  it('closes the socket when the session times out while idle, and live updates do not keep it alive', async () => {
    const socket = await liveSocket()
    // Events keep arriving, but they are not the person acting: the session still idles out.
    server.clock.advance(SESSION_IDLE_MS - 60_000)
    await triggerEvents()
    server.clock.advance(120_000)
    expect(await closedWithin(socket, 2000)).toMatchObject({ code: 4401 })
    expect(await deliveredAfterTrigger(socket)).toBe(0)
    const viewer = await responder.gql<{ viewer: unknown }>('{ viewer { id } }')
    expect(viewer.data?.viewer).toBeNull()
  })
})
