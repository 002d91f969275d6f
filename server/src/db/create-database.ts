import { chmodSync, existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { DataSource, type DataSourceOptions, type MixedList } from 'typeorm'
import type { DatabaseConfig } from '../config/config.js'
import type { ClassRef } from '../platform/feature/feature.js'
import { Database } from './database.js'
import { migrations } from './migrations/index.js'
import { SnakeNamingStrategy } from './snake-naming-strategy.js'

/** One place that names the SQLite driver, so moving to another one is one change (PERFORMANCE.md). */
const SQLITE_DRIVER = 'sqlite' as const

const sqlite3 = createRequire(import.meta.url)('sqlite3') as { verbose(): unknown }
/**
 * sqlite3 as TypeORM gets it. TypeORM switches the driver to its verbose mode, which captures a stack
 * and formats the SQL and every parameter with util.inspect on each query, for longer error traces:
 * a third of the CPU of a busy read path (docs/benchmarks.md, C1). This copy stays quiet.
 */
const quietSqlite3 = Object.assign(Object.create(sqlite3) as object, { verbose: () => sqlite3 })

/**
 * Set on every SQLite connection (SECURITY R35): durable commits, enforced foreign keys, deleted
 * content overwritten on disk, and no schema-defined functions trusted.
 */
const SQLITE_PRAGMAS = [
  'PRAGMA synchronous = FULL',
  'PRAGMA foreign_keys = ON',
  'PRAGMA busy_timeout = 5000',
  'PRAGMA secure_delete = ON',
  'PRAGMA trusted_schema = OFF',
]

function optionsFor(config: DatabaseConfig, entities: MixedList<ClassRef>): DataSourceOptions {
  const common = {
    entities,
    migrations,
    namingStrategy: new SnakeNamingStrategy(),
    // Never: the schema changes only through the hand-written migrations (SECURITY R49).
    synchronize: false,
    migrationsRun: false,
    logging: false,
  }
  if (config.dialect === 'postgres') {
    return { ...common, type: 'postgres', url: config.url, extra: { max: 10 } }
  }
  return { ...common, type: SQLITE_DRIVER, driver: quietSqlite3, database: config.file, enableWAL: true }
}

/** The database and its WAL hold everything; only the server's user may read them, whatever DATA_DIR allows. */
function restrictToOwner(file: string): void {
  for (const path of [file, `${file}-wal`, `${file}-shm`]) {
    if (existsSync(path)) {
      chmodSync(path, 0o600)
    }
  }
}

async function applyPragmas(ds: DataSource, extra: readonly string[] = []): Promise<void> {
  for (const pragma of [...SQLITE_PRAGMAS, ...extra]) {
    await ds.query(pragma)
  }
}

/**
 * Opens the database, creating and migrating it when needed, and returns the read/write handle.
 * On a new SQLite file `auto_vacuum = FULL` is set before the first table exists, as it must be.
 */
export async function createDatabase(
  config: DatabaseConfig,
  entities: MixedList<ClassRef>,
): Promise<Database> {
  const writer = new DataSource(optionsFor(config, entities))
  await writer.initialize()
  if (config.dialect === 'postgres') {
    await writer.runMigrations({ transaction: 'each' })
    return new Database('postgres', writer, writer)
  }
  const tables = await writer.query<{ n: number }[]>(
    `SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'`,
  )
  if (Number(tables[0]?.n ?? 0) === 0) {
    // In WAL mode the setting takes effect only through a VACUUM, which is instant on an empty file.
    await writer.query('PRAGMA auto_vacuum = FULL')
    await writer.query('VACUUM')
  }
  await applyPragmas(writer)
  await writer.runMigrations({ transaction: 'each' })
  restrictToOwner(config.file)

  const reader = new DataSource(optionsFor(config, entities))
  await reader.initialize()
  // The read connection cannot write even by mistake; a write through it is an error, not a lost write.
  await applyPragmas(reader, ['PRAGMA query_only = ON'])
  return new Database('sqlite', writer, reader)
}
