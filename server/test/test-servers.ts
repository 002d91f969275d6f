import { randomBytes } from 'node:crypto'
import { afterEach } from 'vitest'
import { createSharedTestDatabase, type Dialect, type TestDatabase } from './databases.js'
import { startTestServer, type TestServer } from './test-server.js'

/**
 * Test servers for a `describe` block, stopped after each test: each on a fresh database, or, after
 * `shareDatabase()`, all on one database with one data key, like server processes behind a load
 * balancer or a server restarted.
 */
export function useTestServers(dialect: Dialect) {
  const servers: TestServer[] = []
  let database: TestDatabase | undefined
  let env: Record<string, string> = {}

  afterEach(async () => {
    await Promise.all(servers.splice(0).map(server => server.stop()))
    await database?.drop()
    database = undefined
    env = {}
  })

  return {
    async start(extraEnv: Record<string, string> = {}): Promise<TestServer> {
      const server = await startTestServer(dialect, { ...env, ...extraEnv }, database)
      servers.push(server)
      return server
    },
    /** From now on, servers start on one database that outlives them. */
    async shareDatabase(): Promise<void> {
      database = await createSharedTestDatabase(dialect)
      env = { DATA_KEY: randomBytes(32).toString('base64') }
    },
    /** Stops `server` (its database stays, when shared). */
    async stop(server: TestServer): Promise<void> {
      servers.splice(servers.indexOf(server), 1)
      await server.stop()
    },
  }
}
