import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { DataSource } from 'typeorm'
import { describe, expect, it } from 'vitest'
import { createTestDatabase, testDialects } from '../../../test/databases.js'
import { entities } from '../../app/features.js'
import { createDatabase } from '../create-database.js'
import { migrations } from './index.js'

async function schemaOf(ds: DataSource): Promise<string> {
  const sql =
    ds.options.type === 'postgres'
      ? `SELECT table_name || '.' || column_name || ':' || data_type || ':' || is_nullable AS d FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1`
      : `SELECT m.name || '.' || p.name || ':' || p.type || ':' || p."notnull" AS d FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' ORDER BY 1`
  return (await ds.query<{ d: string }[]>(sql)).map(row => row.d).join('\n')
}

/** The named indexes: a table that SQLite rebuilds must keep them (TypeORM re-creates only those it knows). */
async function indexesOf(ds: DataSource): Promise<string[]> {
  const sql =
    ds.options.type === 'postgres'
      ? `SELECT indexname AS name FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`
      : `SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY 1`
  return (await ds.query<{ name: string }[]>(sql)).map(row => row.name)
}

describe.each(testDialects)('migrations on %s', dialect => {
  it('go up, down and up again to the same schema, which matches the entities', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'conduct-desk-migrations-'))
    const testDb = await createTestDatabase(dialect, dir)
    const db = await createDatabase(testDb.config, entities)
    const ds = db.dataSource
    try {
      const first = await schemaOf(ds)
      expect(first).toContain('event.slug')
      const indexes = await indexesOf(ds)
      expect(indexes).toEqual(
        expect.arrayContaining(['ix_case_file_event_created', 'ix_case_access_contact']),
      )
      for (let index = 0; index < migrations.length; index++) {
        await ds.undoLastMigration({ transaction: 'each' })
      }
      expect(await schemaOf(ds)).not.toContain('event.slug')
      await ds.runMigrations({ transaction: 'each' })
      expect(await schemaOf(ds)).toBe(first)
      expect(await indexesOf(ds)).toEqual(indexes)
      // Every entity column exists in the migrated schema with the same nullability, and every
      // table column belongs to an entity: the entities read and write exactly what was built.
      const built = new Set(
        first
          .split('\n')
          .map(
            line =>
              line.split(':')[0] + ':' + (line.endsWith(':YES') || line.endsWith(':0') ? 'null' : 'not-null'),
          ),
      )
      const declared = ds.entityMetadatas.flatMap(meta =>
        meta.columns.map(
          column => `${meta.tableName}.${column.databaseName}:${column.isNullable ? 'null' : 'not-null'}`,
        ),
      )
      expect(declared.filter(column => !built.has(column))).toEqual([])
      const tables = new Set(ds.entityMetadatas.map(meta => meta.tableName))
      const undeclared = [...built].filter(
        column => tables.has(column.split('.')[0] ?? '') && !declared.includes(column),
      )
      expect(undeclared).toEqual([])
    } finally {
      await db.close()
      await testDb.drop()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
