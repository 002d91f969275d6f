import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import type { DatabaseConfig } from '../src/config/config.js'

export type Dialect = 'sqlite' | 'postgres'

const postgresUrl = process.env['TEST_POSTGRES_URL']

/**
 * The databases integration tests run on: SQLite always, PostgreSQL too when TEST_POSTGRES_URL is
 * set (CI sets it; scripts/with-postgres.sh starts a throwaway server for it).
 */
export const testDialects: readonly Dialect[] =
  postgresUrl === undefined ? ['sqlite'] : ['sqlite', 'postgres']

export interface TestDatabase {
  readonly config: DatabaseConfig
  drop(): Promise<void>
}

/** A fresh, empty database of the dialect: a file in `dir`, or a new PostgreSQL database. */
export async function createTestDatabase(dialect: Dialect, dir: string): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    return { config: { dialect: 'sqlite', file: `${dir}/test.sqlite` }, drop: () => Promise.resolve() }
  }
  if (postgresUrl === undefined) {
    throw new Error('TEST_POSTGRES_URL is not set')
  }
  const name = `cd_test_${crypto.randomUUID().replaceAll('-', '')}`
  const admin = new pg.Client({ connectionString: postgresUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE "${name}"`)
  await admin.end()
  const url = new URL(postgresUrl)
  url.pathname = `/${name}`
  return {
    config: { dialect: 'postgres', url: url.toString() },
    async drop() {
      const client = new pg.Client({ connectionString: postgresUrl })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await client.end()
    },
  }
}

/**
 * A database that outlives the test servers started on it, for a second server process on the same
 * database or a restart; `drop` removes it (and, for SQLite, its folder).
 */
export async function createSharedTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  const dir = mkdtempSync(path.join(tmpdir(), 'conduct-desk-shared-'))
  const database = await createTestDatabase(dialect, dir)
  return {
    config: database.config,
    async drop() {
      await database.drop()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
