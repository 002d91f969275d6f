import { ErrorCode, Role } from '@conduct-desk/shared'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { testDialects } from '../../test/databases.js'
import { createAccount, createEvent, signedInClient } from '../../test/factories.js'
import { GraphQLSocket, type SocketMessage } from '../../test/graphql-socket.js'
import { startTestServer, type TestClient, type TestServer } from '../../test/test-server.js'
import { UrgentAlertTeamService } from '../features/urgent-help/urgent-alert-team.service.js'

const URGENT = 'subscription($e: ID!) { urgentAlertsChanged(eventId: $e) { id place } }'
const REQUEST_HELP = 'mutation($s: String!) { requestUrgentHelp(input: { eventSlug: $s }) { isTeamAlerted } }'

/** What a refusal looks like: an `error` for the operation, never a `next` carrying data. */
function expectRefused(answer: SocketMessage, messages: readonly SocketMessage[]): string {
  expect(answer.type).toBe('error')
  expect(messages.filter(message => message.type === 'next')).toEqual([])
  return JSON.stringify(answer.payload)
}

// SECURITY R51: the hostile corpus of api-hardening.int.test.ts, replayed over WebSocket.
describe.each(testDialects)('the WebSocket door on %s', dialect => {
  let server: TestServer
  let responder: TestClient
  let eventId: string
  let slug: string

  beforeAll(async () => {
    server = await startTestServer(dialect, { RATE_LIMIT: '0' })
    const event = await createEvent(server.db)
    eventId = event.id
    slug = event.slug
    const account = await createAccount(server.db, [{ role: Role.Responder, eventId }])
    responder = await signedInClient(server, account)
  })
  afterAll(() => server.stop())

  /** Sends one operation on a fresh socket signed in as the responder, and returns its answer. */
  async function send(query: string, variables: Record<string, unknown> = {}) {
    const socket = await GraphQLSocket.connect(server.url, { cookie: responder.cookie })
    socket.subscribe('1', query, variables)
    const answer = await socket.answerTo('1', 2000)
    socket.close()
    return { answer, messages: socket.messages }
  }

  it('serves a subscription to a signed-in responder (the door is open to what it is for)', async () => {
    const socket = await GraphQLSocket.connect(server.url, { cookie: responder.cookie, origin: server.url })
    socket.subscribe('1', URGENT, { e: eventId })
    await new Promise(resolve => setTimeout(resolve, 200))
    await server.client().gql(REQUEST_HELP, { s: slug })
    const next = await socket.answerTo('1')
    expect(next.type).toBe('next')
    expect(next.payload).toMatchObject({ data: { urgentAlertsChanged: [{ place: null }] } })
    socket.close()
  })

  it('refuses introspection', async () => {
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Query") { name } }']) {
      const { answer, messages } = await send(query)
      expect(expectRefused(answer, messages)).not.toContain('PublicEvent')
    }
  })

  it('gives no field suggestions', async () => {
    const { answer, messages } = await send('subscription($e: ID!) { caseInboxChange(eventId: $e) { id } }', {
      e: eventId,
    })
    const text = expectRefused(answer, messages)
    expect(text).toContain('GRAPHQL_VALIDATION_FAILED')
    expect(text).not.toContain('Did you mean')
    expect(text).not.toContain('caseInboxChanged')
  })

  it('refuses 2,000 aliases, 16 aliases, depth 9 and 1,001 tokens before running anything', async () => {
    const spy = vi.spyOn(UrgentAlertTeamService.prototype, 'alertsFor')
    const thousands = Array.from({ length: 2000 }, (_, index) => `a${index}: __typename`).join(' ')
    const sixteen = Array.from({ length: 16 }, (_, index) => `a${index}: id`).join(' ')
    const nine = `${'... on Subscription { '.repeat(7)}urgentAlertsChanged(eventId: $e) { id }${' }'.repeat(7)}`
    const tokens = `urgentAlertsChanged(eventId: $e) { ${'id '.repeat(1000)}}`
    const cases: [string, RegExp][] = [
      [`subscription { ${thousands} }`, /tokens|limit/i],
      [`subscription($e: ID!) { urgentAlertsChanged(eventId: $e) { ${sixteen} } }`, /Aliases limit of 15/],
      [`subscription($e: ID!) { ${nine} }`, /depth limit of 8/],
      [`subscription($e: ID!) { ${tokens} }`, /contains more th.. 1000 tokens/],
    ]
    for (const [query, message] of cases) {
      const { answer, messages } = await send(query, { e: eventId })
      expect(expectRefused(answer, messages)).toMatch(message)
    }
    expect(spy).not.toHaveBeenCalled()
    spy.mockRestore()
  })

  it('carries subscriptions only: a plain query and a mutation are refused and not run', async () => {
    const query = await send('{ publicEvents { id } }')
    expect(expectRefused(query.answer, query.messages)).toContain('subscriptions only')
    const mutation = await send('mutation { signOut }')
    expect(expectRefused(mutation.answer, mutation.messages)).toContain('subscriptions only')
    const viewer = await responder.gql<{ viewer: { id: string } | null }>('{ viewer { id } }')
    expect(viewer.data?.viewer).not.toBeNull()
  })

  it('closes a socket that sends a 5 MB message, and keeps serving others', async () => {
    const socket = await GraphQLSocket.connect(server.url, { cookie: responder.cookie })
    socket.send({ id: '1', type: 'subscribe', payload: { query: `{ ${'x'.repeat(5 * 1024 * 1024)} }` } })
    expect((await socket.closed).code).toBe(1009)
    const again = await GraphQLSocket.connect(server.url, { cookie: responder.cookie })
    again.close()
  })

  it('refuses a socket opened by a page of another origin, and accepts its own', async () => {
    const foreign = new GraphQLSocket(server.url, {
      cookie: responder.cookie,
      origin: 'https://evil.example',
    })
    await expect(foreign.opened()).rejects.toThrow(/403/)
    const nullOrigin = new GraphQLSocket(server.url, { cookie: responder.cookie, origin: 'null' })
    await expect(nullOrigin.opened()).rejects.toThrow(/403/)
    const own = await GraphQLSocket.connect(server.url, { cookie: responder.cookie, origin: server.url })
    own.close()
  })

  it('masks an unexpected error in an event and logs it under the same id', async () => {
    const failure = vi
      .spyOn(UrgentAlertTeamService.prototype, 'alertsFor')
      .mockRejectedValue(new Error('SQLITE_ERROR: no such table: secret_stuff at /work/x/y.ts:12'))
    const socket = await GraphQLSocket.connect(server.url, { cookie: responder.cookie })
    socket.subscribe('1', URGENT, { e: eventId })
    await new Promise(resolve => setTimeout(resolve, 200))
    await server.client().gql(REQUEST_HELP, { s: slug })
    const answer = await socket.answerTo('1')
    failure.mockRestore()
    socket.close()
    const text = JSON.stringify(answer.payload)
    expect(text).not.toMatch(/SQLITE|secret_stuff|at .*\.ts:|\/work\//)
    const errors = (answer.payload as { errors: { extensions: { code: string; errorId: string } }[] }).errors
    expect(errors[0]?.extensions.code).toBe(ErrorCode.InternalServerError)
    const errorId = errors[0]?.extensions.errorId ?? 'none'
    expect(server.logLines.find(line => line.includes(errorId))).toContain('secret_stuff')
  })
})
