import { randomUUID } from 'node:crypto'
import { createRequire } from 'node:module'
import path from 'node:path'

export type Dialect = 'sqlite' | 'postgres'

const postgresUrl = process.env['TEST_POSTGRES_URL']

/**
 * The databases the built server is tested on: SQLite always, PostgreSQL too when TEST_POSTGRES_URL
 * is set (CI sets it through scripts/with-postgres.sh). An unknown TEST_POSTGRES_URL scheme fails.
 */
export const testDialects: readonly Dialect[] =
  postgresUrl === undefined ? ['sqlite'] : ['sqlite', 'postgres']

interface PgClient {
  connect(): Promise<void>
  query(sql: string): Promise<unknown>
  end(): Promise<void>
}

/**
 * The server's own PostgreSQL driver (the one its build runs with), so this package needs no second
 * copy. Loaded lazily: SQLite-only runs never touch it.
 */
function pgClient(connectionString: string): PgClient {
  const require = createRequire(path.resolve(import.meta.dirname, '..', '..', 'server', 'package.json'))
  const pg = require('pg') as { Client: new (options: { connectionString: string }) => PgClient }
  return new pg.Client({ connectionString })
}

async function run(connectionString: string, sql: string): Promise<void> {
  const client = pgClient(connectionString)
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

export interface TestDatabase {
  /** DATABASE_URL for the server, or undefined for its default SQLite file in DATA_DIR. */
  readonly databaseUrl: string | undefined
  drop(): Promise<void>
}

/** A fresh, empty database of the dialect: nothing for SQLite (the server's temp DATA_DIR), a new PostgreSQL database otherwise. */
export async function createTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    return { databaseUrl: undefined, drop: () => Promise.resolve() }
  }
  if (postgresUrl === undefined) {
    throw new Error('TEST_POSTGRES_URL is not set (run through scripts/with-postgres.sh)')
  }
  if (!/^postgres(ql)?:\/\//.test(postgresUrl)) {
    throw new Error(`TEST_POSTGRES_URL must be a postgres:// URL, got ${postgresUrl.split(':')[0]}:`)
  }
  const name = `cd_e2e_${randomUUID().replaceAll('-', '')}`
  await run(postgresUrl, `CREATE DATABASE "${name}"`)
  const url = new URL(postgresUrl)
  url.pathname = `/${name}`
  return {
    databaseUrl: url.toString(),
    drop: () => run(postgresUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  }
}
