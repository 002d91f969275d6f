import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Writable } from 'node:stream'
import { buildApiSchema, createApiPubSub } from '../src/app/build-schema.js'
import { createResolvers } from '../src/app/create-resolvers.js'
import { createServer } from '../src/app/create-server.js'
import { createServices, type Services } from '../src/app/create-services.js'
import { openFieldCipher } from '../src/app/open-field-cipher.js'
import { entities } from '../src/app/features.js'
import { loadConfig, type Config } from '../src/config/config.js'
import { createDatabase } from '../src/db/create-database.js'
import type { FieldCipher } from '../src/platform/crypto/field-cipher.js'
import type { Database } from '../src/db/database.js'
import { createLogger } from '../src/platform/logging/logger.js'
import { createMailer } from '../src/platform/mail/mailer.js'
import { ManualClock } from '../src/platform/time/clock.js'
import { createTestDatabase, type Dialect, type TestDatabase } from './databases.js'

export interface GraphQLResponse<T = Record<string, unknown>> {
  readonly status: number
  readonly headers: Headers
  readonly data: T | null
  readonly errors: { message: string; extensions?: Record<string, unknown> }[] | undefined
}

/** A browser-like caller: keeps the cookies the server sets (session, pending sign-in), like a browser. */
export class TestClient {
  private readonly jar = new Map<string, string>()

  constructor(private readonly url: string) {}

  /** The `Cookie` header it sends, or null; setting it replaces every cookie it holds. */
  get cookie(): string | null {
    return this.jar.size === 0 ? null : [...this.jar].map(([name, value]) => `${name}=${value}`).join('; ')
  }

  set cookie(header: string | null) {
    this.jar.clear()
    for (const pair of header?.split(';') ?? []) {
      const index = pair.indexOf('=')
      if (index > 0) {
        this.jar.set(pair.slice(0, index).trim(), pair.slice(index + 1).trim())
      }
    }
  }

  /** One cookie's value, e.g. the session id under `__Host-sid`. */
  cookieValue(name: string): string | null {
    return this.jar.get(name) ?? null
  }

  async gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookie === null ? {} : { cookie: this.cookie }),
      },
      body: JSON.stringify({ query, variables }),
    })
    for (const value of response.headers.getSetCookie()) {
      const pair = value.split(';')[0] ?? ''
      const index = pair.indexOf('=')
      const name = pair.slice(0, index)
      if (value.includes('Max-Age=0')) {
        this.jar.delete(name)
      } else {
        this.jar.set(name, pair.slice(index + 1))
      }
    }
    const body = (await response.json()) as { data?: T | null; errors?: GraphQLResponse['errors'] }
    return {
      status: response.status,
      headers: response.headers,
      data: body.data ?? null,
      errors: body.errors,
    }
  }
}

export interface TestServer {
  readonly url: string
  readonly db: Database
  readonly services: Services
  readonly clock: ManualClock
  /** The server's field cipher, for factories that write sealed columns. */
  readonly cipher: FieldCipher
  readonly config: Config
  readonly dataDir: string
  /** Every log line the server wrote, for tests that check what is (not) logged. */
  readonly logLines: string[]
  client(): TestClient
  /**
   * Stops this server and starts a new one on the same database and DATA_DIR, with `env` in place of
   * the environment it had (say, another DATA_KEY), after `whileStopped` (say, `pnpm rotate-key`).
   * Stop the returned server, not this one; if starting fails, this one still cleans up.
   */
  restart(options?: {
    env?: Record<string, string>
    whileStopped?: (config: Config) => Promise<void>
  }): Promise<TestServer>
  stop(): Promise<void>
}

interface Place {
  readonly dataDir: string
  readonly database: TestDatabase
  /** False for a database shared with another server; its test drops it. */
  readonly ownsDatabase: boolean
}

/**
 * The real server (real migrations, real HTTP) on a fresh database of `dialect`, listening on a free
 * loopback port, with a hand-driven clock.
 * @param shared a database made by `createSharedTestDatabase`, to run a second server process on the
 * same database or to restart one; the test drops it, not `stop()`.
 */
export async function startTestServer(
  dialect: Dialect,
  env: Record<string, string> = {},
  shared?: TestDatabase,
): Promise<TestServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'conduct-desk-test-'))
  const database = shared ?? (await createTestDatabase(dialect, dataDir))
  return boot({ dataDir, database, ownsDatabase: shared === undefined }, env, new ManualClock(new Date()))
}

async function boot(place: Place, env: Record<string, string>, clock: ManualClock): Promise<TestServer> {
  const { dataDir, database } = place
  const baseConfig = loadConfig({ DATA_DIR: dataDir, PORT: '0', DEMO: '0', ...env })
  const config: Config = { ...baseConfig, database: database.config }
  const logLines: string[] = []
  const log = createLogger(
    'info',
    new Writable({
      write: (chunk: Buffer, _encoding, done) => void (logLines.push(chunk.toString()), done()),
    }),
  )
  const db = await createDatabase(config.database, entities)
  let server: Awaited<ReturnType<typeof createServer>>
  let services: Services
  let cipher: FieldCipher
  try {
    const pubSub = createApiPubSub()
    const mailer = createMailer(config.smtpUrl, 'Conduct Desk <no-reply@conduct-desk.test>', log)
    cipher = await openFieldCipher(config, db, log)
    services = createServices({ db, clock, config, cipher, mailer, pubSub, log })
    const resolvers = createResolvers(services)
    const schema = await buildApiSchema({ pubSub, resolvers })
    server = await createServer({ config, db, schema, services, resolvers, log, clock })
  } catch (error) {
    await db.close()
    throw error
  }
  await new Promise<void>(resolve => server.httpServer.listen(0, '127.0.0.1', resolve))
  const address = server.httpServer.address()
  const port = typeof address === 'object' && address !== null ? address.port : 0
  const url = `http://127.0.0.1:${port}`
  let isRunning = true
  let isHandedOver = false
  const close = async () => {
    if (isRunning) {
      isRunning = false
      await server.stop()
      await services.stopBackgroundWork()
      await db.close()
    }
  }
  return {
    url,
    db,
    services,
    clock,
    cipher,
    config,
    dataDir,
    logLines,
    client: () => new TestClient(url),
    async restart({ env: next = env, whileStopped } = {}) {
      await close()
      await whileStopped?.(config)
      const restarted = await boot(place, next, clock)
      isHandedOver = true
      return restarted
    },
    async stop() {
      await close()
      if (!isHandedOver) {
        if (place.ownsDatabase) {
          await database.drop()
        }
        rmSync(dataDir, { recursive: true, force: true })
      }
    },
  }
}
