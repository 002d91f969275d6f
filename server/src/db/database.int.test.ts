import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, testDialects, type TestDatabase } from '../../test/databases.js'
import { entities } from '../app/features.js'
import { SeriesEntity } from '../features/events/series.entity.js'
import { newId } from '../platform/security/tokens.js'
import { createDatabase } from './create-database.js'
import type { Database } from './database.js'

type Outcome = { id: string; told: 'written' | 'failed' }

describe.each(testDialects)('Database on %s', dialect => {
  let dir: string
  let testDb: TestDatabase
  let db: Database

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'conduct-desk-db-'))
    testDb = await createTestDatabase(dialect, dir)
    db = await createDatabase(testDb.config, entities)
  })

  afterAll(async () => {
    await db.close()
    await testDb.drop()
    rmSync(dir, { recursive: true, force: true })
  })

  const insertSeries = (id: string, slug: string) =>
    db.write(manager =>
      manager.insert(SeriesEntity, { id, name: `Series ${slug}`, slug, createdAt: new Date() }),
    )

  it('tells every caller of racing writes the truth about what was stored', async () => {
    // 300 writers race: plain inserts and read-then-insert transactions, with colliding slugs
    // (unique index) and some transactions that fail on purpose after writing.
    const attempts = Array.from({ length: 300 }, (_, index) => ({
      id: newId(),
      slug: `race-${index % 40}`,
      kind: index % 3,
    }))
    const outcomes: Outcome[] = await Promise.all(
      attempts.map(async ({ id, slug, kind }) => {
        try {
          if (kind === 0) {
            await insertSeries(id, slug)
          } else {
            await db.write(async manager => {
              if ((await manager.findOneBy(SeriesEntity, { slug })) !== null) {
                throw new Error('slug taken')
              }
              await manager.insert(SeriesEntity, { id, name: 'racer', slug, createdAt: new Date() })
              if (kind === 2 && slug.endsWith('7')) {
                throw new Error('the use case changed its mind after writing')
              }
            })
          }
          return { id, told: 'written' as const }
        } catch {
          return { id, told: 'failed' as const }
        }
      }),
    )
    const stored = new Set((await db.read.find(SeriesEntity)).map(row => row.id))
    for (const outcome of outcomes) {
      expect(stored.has(outcome.id), `caller ${outcome.id} was told ${outcome.told}`).toBe(
        outcome.told === 'written',
      )
    }
    const slugs = (await db.read.find(SeriesEntity, { where: {} })).map(row => row.slug)
    expect(new Set(slugs).size).toBe(slugs.length)
    expect(outcomes.filter(outcome => outcome.told === 'written').length).toBeGreaterThan(0)
  })

  it('keeps a plain write made while another transaction fails', async () => {
    const survivor = newId()
    const rolledBack = newId()
    const failing = db.write(async manager => {
      await manager.insert(SeriesEntity, {
        id: rolledBack,
        name: 'doomed',
        slug: `doomed-${rolledBack.slice(0, 8)}`,
        createdAt: new Date(),
      })
      await new Promise(resolve => setTimeout(resolve, 20))
      throw new Error('fails after writing')
    })
    const plain = insertSeries(survivor, `survivor-${survivor.slice(0, 8)}`)
    await expect(failing).rejects.toThrow('fails after writing')
    await expect(plain).resolves.toBeDefined()
    expect(await db.read.findOneBy(SeriesEntity, { id: survivor })).not.toBeNull()
    expect(await db.read.findOneBy(SeriesEntity, { id: rolledBack })).toBeNull()
  })

  it.runIf(dialect === 'sqlite')(
    'hardens every SQLite connection and keeps the read connection read-only',
    async () => {
      const pragma = async (name: string, on: 'writer' | 'reader') => {
        const manager = on === 'writer' ? db.dataSource.manager : db.read
        const rows = await manager.query<Record<string, unknown>[]>(`PRAGMA ${name}`)
        return Object.values(rows[0] ?? {})[0]
      }
      for (const on of ['writer', 'reader'] as const) {
        expect(await pragma('journal_mode', on)).toBe('wal')
        expect(await pragma('foreign_keys', on)).toBe(1)
        expect(await pragma('synchronous', on)).toBe(2)
        expect(await pragma('secure_delete', on)).toBe(1)
        expect(await pragma('trusted_schema', on)).toBe(0)
        expect(await pragma('busy_timeout', on)).toBe(5000)
      }
      expect(await pragma('auto_vacuum', 'writer')).toBe(1)
      expect(await pragma('query_only', 'reader')).toBe(1)
      await expect(db.read.query(`DELETE FROM series`)).rejects.toThrow(/readonly|read-only|query_only/i)
    },
  )
})
