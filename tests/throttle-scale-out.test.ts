import { randomBytes } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { createTestDatabase, testDialects, type TestDatabase } from './support/databases.js'
import { startServer, type RunningServer } from './support/start-server.js'

const SIGN_IN = 'mutation($i: SignInInput!) { signIn(input: $i) { step } }'

async function signIn(server: RunningServer | undefined, email: string, password: string): Promise<string> {
  const response = await fetch(`${server?.url ?? ''}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: SIGN_IN, variables: { i: { email, password } } }),
  })
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] }
  return body.errors?.[0]?.extensions?.code ?? 'OK'
}

// SECURITY R12, R53: the sign-in throttle is counted in the database, so two server processes on
// one PostgreSQL database give an attacker no more guesses than one, and a restart forgets nothing.
describe.runIf(testDialects.includes('postgres'))(
  'the sign-in throttle with two server processes on PostgreSQL',
  () => {
    const servers: RunningServer[] = []
    let database: TestDatabase | undefined

    afterEach(async () => {
      await Promise.all(servers.splice(0).map(server => server.stop()))
      await database?.drop()
    })

    it('locks an account after 5 wrong passwords spread over both processes, and keeps it locked through a restart', async () => {
      database = await createTestDatabase('postgres')
      const { databaseUrl } = database
      // Processes of one deployment share its data key, as DATA_KEY gives them.
      const dataKey = randomBytes(32).toString('base64')
      servers.push(await startServer({ databaseUrl, env: { DATA_KEY: dataKey } }))
      servers.push(await startServer({ databaseUrl, env: { DEMO: '0', DATA_KEY: dataKey } }))
      const demo = servers[0]?.demo()
      const email = demo?.accounts[0]?.email ?? ''
      expect(email).not.toBe('')

      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          signIn(servers[index % 2], email, `a wrong password, guess ${index}`),
        ),
      )
      expect(answers.filter(code => code === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(5)
      expect(answers.filter(code => code === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(15)
      expect(await signIn(servers[0], email, demo?.password ?? '')).toBe('RATE_LIMITED')
      expect(await signIn(servers[1], email, demo?.password ?? '')).toBe('RATE_LIMITED')

      await servers.splice(1, 1)[0]?.stop()
      servers.push(await startServer({ databaseUrl, env: { DEMO: '0', DATA_KEY: dataKey } }))
      expect(await signIn(servers[1], email, demo?.password ?? '')).toBe('RATE_LIMITED')
    })
  },
)
