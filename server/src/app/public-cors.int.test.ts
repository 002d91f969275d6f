import { Role } from '@conduct-desk/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDialects } from '../../test/databases.js'
import { createAccount, signedInClient } from '../../test/factories.js'
import { startTestServer, type TestServer } from '../../test/test-server.js'

const SITE = 'https://conference.example'

// Cross-origin reads only for what a conference website shows: public reads over GET, never with
// credentials, never a mutation or a staff operation, decided from the parsed operation.
describe.each(testDialects)('cross-origin requests on %s', dialect => {
  let server: TestServer
  let cookie: string

  beforeAll(async () => {
    server = await startTestServer(dialect)
    const account = await createAccount(server.db, [{ role: Role.Admin }])
    const client = await signedInClient(server, account)
    cookie = client.cookie ?? ''
  })
  afterAll(() => server.stop())

  const get = (query: string, extra: Record<string, string> = {}, headers: Record<string, string> = {}) => {
    const params = new URLSearchParams({ query, ...extra })
    return fetch(`${server.url}/graphql?${params.toString()}`, {
      headers: { origin: SITE, 'apollo-require-preflight': 'true', ...headers },
    })
  }
  const preflight = (method: string, query = '{ publicEvents { id } }') =>
    fetch(`${server.url}/graphql?${new URLSearchParams({ query }).toString()}`, {
      method: 'OPTIONS',
      headers: {
        origin: SITE,
        'access-control-request-method': method,
        'access-control-request-headers': 'apollo-require-preflight',
      },
    })
  const allowed = (response: Response) => response.headers.get('access-control-allow-origin')

  it('lets another website read publicEvents, publicEvent and officeHourSlots over GET, without credentials', async () => {
    for (const query of [
      '{ publicEvents { id name } }',
      '{ publicEvent(slug: "nope") { id } }',
      'query Slots { officeHourSlots(eventSlug: "nope") { id } }',
      'query Both { publicEvents { id } __typename }',
      '{ ...Events } fragment Events on Query { publicEvents { id } }',
    ]) {
      const response = await get(query)
      expect(allowed(response), query).toBe('*')
      expect(response.headers.get('access-control-allow-credentials')).toBeNull()
    }
    const answer = await get('{ publicEvents { id } }')
    expect(await answer.json()).toEqual({ data: { publicEvents: [] } })
  })

  it('answers the preflight of such a GET, and of nothing else', async () => {
    const ok = await preflight('GET')
    expect(ok.status).toBe(204)
    expect(allowed(ok)).toBe('*')
    expect(ok.headers.get('access-control-allow-methods')).toBe('GET')
    expect(ok.headers.get('access-control-allow-credentials')).toBeNull()
    expect(allowed(await preflight('POST'))).toBeNull()
    expect(allowed(await preflight('GET', '{ viewer { id } }'))).toBeNull()
  })

  it('never opens POST, mutations, staff operations, mixed documents or credentialed requests', async () => {
    const post = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { origin: SITE, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ publicEvents { id } }' }),
    })
    expect(post.status).toBe(200)
    expect(allowed(post)).toBeNull()
    for (const query of [
      '{ viewer { id } }',
      '{ publicEvents { id } viewer { id } }',
      '{ ...Staff } fragment Staff on Query { viewer { id } }',
      '{ publicEvents { id } ... on Query { viewer { id } } }',
      'mutation { signOut }',
      '{ __schema { types { name } } }',
      '{ publicEvents { id ',
    ]) {
      expect(allowed(await get(query)), query).toBeNull()
    }
    const twoOperations = 'query A { publicEvents { id } } query B { viewer { id } }'
    expect(allowed(await get(twoOperations, { operationName: 'B' }))).toBeNull()
    expect(allowed(await get(twoOperations, { operationName: 'A' }))).toBe('*')
    expect(allowed(await get('{ publicEvents { id } }', {}, { cookie }))).toBeNull()
  })
})
