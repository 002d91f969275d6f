import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startServer, type RunningServer } from './support/start-server.js'

const INTROSPECTION = JSON.stringify({ query: '{ __schema { types { name } } }' })

async function introspect(server: RunningServer): Promise<string> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: INTROSPECTION,
  })
  return response.text()
}

/** The file's permission bits, e.g. 0o600. */
const modeOf = (file: string) => statSync(file).mode & 0o777

// SECURITY R55: without settings, the server hides its schema, loads demo accounts only on a
// loopback address, and writes one-time secrets to 0600 files, not to its output.
describe('the built server is safe by default', () => {
  let server: RunningServer | undefined

  afterEach(async () => {
    await server?.stop()
    server = undefined
  })

  it('on a non-loopback HOST without DEMO: no demo accounts, no introspection, the setup link only in a 0600 file', async () => {
    // 0.0.0.0 listens on every interface, loopback included, so the test still reaches it.
    server = await startServer({ env: { HOST: '0.0.0.0' } })
    const output = server.stdout()

    expect(server.demo()).toBeNull()
    expect(output).not.toContain('Demo data loaded')
    const events = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ publicEvents { id } }' }),
    })
    expect(await events.json()).toEqual({ data: { publicEvents: [] } })
    const signIn = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($i: SignInInput!) { signIn(input: $i) { step } }',
        variables: { i: { email: 'admin@riverside-pycon.example', password: 'x'.repeat(20) } },
      }),
    })
    expect(JSON.stringify(await signIn.json())).toContain('UNAUTHENTICATED')

    const schema = await introspect(server)
    expect(schema).toContain('errors')
    expect(schema).not.toContain('PublicEvent')

    const linkFile = path.join(server.dataDir, 'admin-setup-link.txt')
    expect(modeOf(linkFile)).toBe(0o600)
    expect(readFileSync(linkFile, 'utf8')).toMatch(/\/dashboard\/invitation#\S+/)
    expect(output).toContain(linkFile)
    expect(output).not.toContain('/invitation#')
  })

  it('on loopback: the demo loads, and its password is in a 0600 file, not in the output', async () => {
    server = await startServer()
    const demo = server.demo()
    const file = path.join(server.dataDir, 'demo-credentials.txt')

    expect(demo?.accounts.length).toBeGreaterThan(0)
    expect(modeOf(file)).toBe(0o600)
    expect(server.stdout()).toContain('Demo data loaded')
    expect(server.stdout()).toContain(file)
    expect(server.stdout()).not.toContain(demo?.password ?? 'no password')
    expect(existsSync(path.join(server.dataDir, 'admin-setup-link.txt'))).toBe(false)
    expect(await introspect(server)).not.toContain('PublicEvent')
  })

  it('with DEMO=0 on loopback: no demo', async () => {
    server = await startServer({ env: { DEMO: '0' } })
    expect(server.demo()).toBeNull()
    expect(server.stdout()).not.toContain('Demo data loaded')
  })

  it('with NODE_ENV=development: introspection is answered', async () => {
    server = await startServer({ env: { NODE_ENV: 'development', DEMO: '0' } })
    expect(await introspect(server)).toContain('PublicEvent')
  })
})
