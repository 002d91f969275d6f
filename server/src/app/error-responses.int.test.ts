import { ErrorCode } from '@conduct-desk/shared'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { testDialects } from '../../test/databases.js'
import { startTestServer, type TestServer } from '../../test/test-server.js'
import { EventService } from '../features/events/event.service.js'

interface ErrorBody {
  readonly error: { readonly code: string; readonly errorId?: string }
}

/** Nothing of the server's insides: no HTML page, no stack frame, no file path. */
function expectNoInternals(text: string): void {
  expect(text).not.toContain('<html')
  expect(text).not.toContain('at ')
  expect(text).not.toContain('/work/')
  expect(text).not.toContain('node_modules')
}

// SECURITY R8, R51: every route answers errors as JSON with a code and an id, and logs them itself.
describe.each(testDialects)('error responses on %s', dialect => {
  let server: TestServer

  beforeAll(async () => {
    server = await startTestServer(dialect)
  })
  afterAll(() => server.stop())

  const postGraphQL = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    })

  it('answers malformed JSON with 400 and a code, logs it by id, and never logs the body', async () => {
    const response = await postGraphQL('{"query": "{ viewer { id } }", "canary-secret-words": ')
    const text = await response.text()
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toContain('application/json')
    expectNoInternals(text)
    const body = JSON.parse(text) as ErrorBody
    expect(body.error.code).toBe(ErrorCode.BadUserInput)
    const logged = server.logLines.find(line => line.includes(body.error.errorId ?? 'none'))
    expect(logged).toBeDefined()
    expect(server.logLines.join('\n')).not.toContain('canary-secret-words')
  })

  it('answers a body over the limit with 413 and a code', async () => {
    const response = await postGraphQL(JSON.stringify({ query: `{ viewer { id } } #${'x'.repeat(200_000)}` }))
    const text = await response.text()
    expect(response.status).toBe(413)
    expectNoInternals(text)
    expect((JSON.parse(text) as ErrorBody).error.code).toBe(ErrorCode.BadUserInput)
  })

  it('answers a missing file and an unknown path with a JSON 404', async () => {
    for (const path of ['/media/missing.png', '/nowhere']) {
      const response = await fetch(`${server.url}${path}`)
      const text = await response.text()
      expect(response.status).toBe(404)
      expectNoInternals(text)
      expect((JSON.parse(text) as ErrorBody).error.code).toBe(ErrorCode.NotFound)
    }
  })

  it('ignores a cookie that is not valid percent-encoding instead of failing', async () => {
    const cookie = 'sid=%E0%A4%A; kiosk=%zz; __Host-sid=%'
    const graphql = await postGraphQL(JSON.stringify({ query: '{ viewer { id } }' }), { cookie })
    expect(graphql.status).toBe(200)
    expect(await graphql.json()).toEqual({ data: { viewer: null } })
    const upload = await fetch(`${server.url}/api/events/e/contacts/c/photo`, {
      method: 'PUT',
      headers: { cookie },
      body: 'x',
    })
    expect(upload.status).toBe(401)
  })

  it('never logs the query or the parameters of a failed SQL statement (references, emails)', async () => {
    const placeholder = dialect === 'postgres' ? '$1' : '?'
    const failure = vi
      .spyOn(EventService.prototype, 'listPublic')
      .mockImplementationOnce(() =>
        server.db.read.query(`SELECT id FROM no_such_table WHERE email = ${placeholder}`, [
          'canary.person@example.org',
        ]),
      )
    const response = await postGraphQL(JSON.stringify({ query: '{ publicEvents { id } }' }))
    failure.mockRestore()
    const body = (await response.json()) as { errors: { extensions: { code: string; errorId: string } }[] }
    expect(body.errors[0]?.extensions.code).toBe(ErrorCode.InternalServerError)
    const logged = server.logLines.find(line => line.includes(body.errors[0]?.extensions.errorId ?? 'none'))
    expect(logged).toContain('no_such_table')
    expect(logged).toContain('QueryFailedError')
    const log = server.logLines.join('\n')
    expect(log).not.toContain('canary.person@example.org')
    expect(log).not.toContain('WHERE email')
  })
})
