import { ErrorCode } from '@conduct-desk/shared'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { startTestServer, type TestServer } from '../../test/test-server.js'
import { EventService } from '../features/events/event.service.js'

describe('API hardening', () => {
  let server: TestServer

  beforeAll(async () => {
    server = await startTestServer('sqlite')
  })
  afterAll(() => server.stop())

  const post = (body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers,
      body: typeof body === 'string' ? body : JSON.stringify(body),
    })

  it('masks unexpected errors and logs them with the same id (SECURITY R8)', async () => {
    const failure = vi.spyOn(EventService.prototype, 'listPublic').mockRejectedValueOnce(
      Object.assign(new Error('SQLITE_ERROR: no such table: secret_stuff at /home/x/y.ts:12'), {
        name: 'QueryFailedError',
      }),
    )
    const response = await post({ query: '{ publicEvents { id } }' })
    const text = await response.text()
    failure.mockRestore()
    expect(text).not.toMatch(/SQLITE|QueryFailed|secret_stuff|at .*\.ts:|\/home\//)
    const body = JSON.parse(text) as {
      errors: { message: string; extensions: { code: string; errorId: string } }[]
    }
    expect(body.errors[0]?.message).toBe('Internal server error')
    expect(body.errors[0]?.extensions.code).toBe(ErrorCode.InternalServerError)
    const logged = server.logLines.find(line => line.includes(body.errors[0]?.extensions.errorId ?? 'none'))
    expect(logged).toContain('secret_stuff')
  })

  it('answers invalid input with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const before = await server.services.events.listSeries()
    const client = server.client()
    const response = await client.gql('mutation($i: SignInInput!) { signIn(input: $i) { step } }', {
      i: { email: 'x'.repeat(300), password: 'p' },
    })
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: ErrorCode.BadUserInput, field: 'email' })
    expect(await server.services.events.listSeries()).toEqual(before)
  })

  it('refuses batched requests (R3)', async () => {
    const response = await post([{ query: '{ __typename }' }, { query: '{ __typename }' }])
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('Operation batching disabled')
  })

  it('refuses simple-request content types that a cross-site form could send (R7)', async () => {
    const response = await post(JSON.stringify({ query: 'mutation { signOut }' }), {
      'content-type': 'text/plain',
    })
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('Cross-Site Request Forgery')
  })

  it('runs no mutation over GET (R7)', async () => {
    const response = await fetch(
      `${server.url}/graphql?query=${encodeURIComponent('mutation { signOut }')}`,
      {
        headers: { 'apollo-require-preflight': 'true' },
      },
    )
    expect(response.status).toBe(405)
  })

  it('answers queries over GET for outside tools', async () => {
    const response = await fetch(
      `${server.url}/graphql?query=${encodeURIComponent('{ publicEvents { id } }')}`,
      {
        headers: { 'apollo-require-preflight': 'true' },
      },
    )
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ data: { publicEvents: [] } })
  })

  it('rejects more than 15 aliases (R2)', async () => {
    const aliases = Array.from({ length: 16 }, (_, index) => `a${index}: viewer { id }`).join(' ')
    const response = await post({ query: `{ ${aliases} }` })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] }
    expect(body.errors[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED')
  })

  it('sends no-store and a strict CSP on API responses (R27, R33)', async () => {
    const response = await post({ query: '{ __typename }' })
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('x-powered-by')).toBeNull()
  })
})

const postTo = (server: TestServer, query: string) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  })

// SECURITY R6, R55: hidden unless the operator asks for development.
describe.each([
  ['NODE_ENV unset', {}],
  ['NODE_ENV=production', { NODE_ENV: 'production' }],
])('API hardening with %s', (_name, env: Record<string, string>) => {
  let server: TestServer

  beforeAll(async () => {
    server = await startTestServer('sqlite', env)
  })
  afterAll(() => server.stop())

  it('hides the schema: no introspection, no field suggestions, no landing page (R6)', async () => {
    const introspection = await (await postTo(server, '{ __schema { types { name } } }')).text()
    expect(introspection).toContain('errors')
    expect(introspection).not.toContain('PublicEvent')
    const typo = await (await postTo(server, '{ publicEvent { id } }')).text()
    expect(typo).not.toContain('Did you mean')
    const landing = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } })
    expect(await landing.text()).not.toMatch(/sandbox|apollo studio/i)
  })
})

describe('API in development (NODE_ENV=development, as pnpm dev sets it)', () => {
  let server: TestServer

  beforeAll(async () => {
    server = await startTestServer('sqlite', { NODE_ENV: 'development' })
  })
  afterAll(() => server.stop())

  it('answers introspection and suggests field names', async () => {
    const introspection = await (await postTo(server, '{ __schema { types { name } } }')).text()
    expect(introspection).toContain('PublicEvent')
    const typo = await (await postTo(server, '{ publicEvnts { id } }')).text()
    expect(typo).toContain('Did you mean')
  })
})

describe('racing writes', () => {
  let server: TestServer

  beforeAll(async () => {
    server = await startTestServer('sqlite')
  })
  afterAll(() => server.stop())

  // Cross-origin requests are covered by public-cors.int.test.ts.
  it('keeps one of two racing duplicates', async () => {
    const created = await Promise.allSettled([
      server.services.events.createSeries('Twin', 'twin-series'),
      server.services.events.createSeries('Twin', 'twin-series'),
    ])
    expect(created.filter(result => result.status === 'fulfilled')).toHaveLength(1)
  })
})
