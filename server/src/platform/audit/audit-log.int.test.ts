import { AuditAction } from '@conduct-desk/shared'
import { describe, expect, it } from 'vitest'
import { testDialects } from '../../../test/databases.js'
import { useTestServers } from '../../../test/test-servers.js'
import type { TestServer } from '../../../test/test-server.js'
import { AuditEntryEntity } from './audit-entry.entity.js'
import { GENESIS_HASH, hashOfEntry } from './audit-hash.js'
import type { AuditEntryInput } from './audit-log.js'

const entry = (objectId: string, overrides: Partial<AuditEntryInput> = {}): AuditEntryInput => ({
  actorId: 'a0000000-0000-4000-8000-000000000001',
  action: AuditAction.CaseRead,
  objectType: 'case',
  objectId,
  scopeId: 'e0000000-0000-4000-8000-000000000001',
  ...overrides,
})

const append = (server: TestServer, input: AuditEntryInput) =>
  server.db.write(manager => server.services.auditLog.append(manager, input))

const entries = (server: TestServer) => server.db.read.find(AuditEntryEntity, { order: { seq: 'ASC' } })

describe.each(testDialects)('the audit log on %s', dialect => {
  const servers = useTestServers(dialect)

  it('chains each entry to the one before it, with the time from the clock and no other content', async () => {
    const server = await servers.start()
    const at = new Date('2026-06-01T09:00:00.000Z')
    server.clock.set(at)
    await append(server, entry('case-1'))
    server.clock.advance(1000)
    await append(server, entry('case-2', { action: AuditAction.CaseStatus, actorId: null, scopeId: null }))

    const [first, second] = await entries(server)
    expect(first).toMatchObject({
      seq: 1,
      at: at.toISOString(),
      actorId: 'a0000000-0000-4000-8000-000000000001',
      action: 'case.read',
      objectType: 'case',
      objectId: 'case-1',
      scopeId: 'e0000000-0000-4000-8000-000000000001',
      prevHash: GENESIS_HASH,
    })
    expect(first?.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(first?.hash).toBe(hashOfEntry(first!))
    expect(second).toMatchObject({
      seq: 2,
      at: '2026-06-01T09:00:01.000Z',
      actorId: null,
      scopeId: null,
      prevHash: first?.hash,
    })
    expect(second?.hash).toBe(hashOfEntry(second!))
    expect(await server.services.auditLog.head(server.db.read)).toEqual({ seq: 2, hash: second?.hash })
    expect(await server.services.auditLog.verify(server.db.read)).toMatchObject({ ok: true, count: 2 })
  })

  it('commits an entry with the transaction it belongs to, or not at all', async () => {
    const server = await servers.start()
    const rollback = new Error('the audited change failed')
    await expect(
      server.db.write(async manager => {
        await server.services.auditLog.append(manager, entry('case-1'))
        throw rollback
      }),
    ).rejects.toBe(rollback)
    await append(server, entry('case-2'))
    expect((await entries(server)).map(row => [row.seq, row.objectId])).toEqual([[1, 'case-2']])
    expect(await server.services.auditLog.verify(server.db.read)).toMatchObject({ ok: true, count: 1 })
  })

  it('refuses an entry it cannot store as given, and writes nothing', async () => {
    const server = await servers.start()
    const refused = [
      entry('case-1', { action: 'case.delete' as AuditAction }),
      entry(''),
      entry('x'.repeat(121)),
      entry('case-1', { objectType: 'Case File' }),
    ]
    for (const input of refused) {
      await expect(append(server, input)).rejects.toThrow(/audit entry refused/)
    }
    expect(await entries(server)).toEqual([])
  })

  it('lets the database refuse to change or delete an entry, or to move the head other than forward', async () => {
    const server = await servers.start()
    await append(server, entry('case-1'))
    await append(server, entry('case-2'))
    const sql = (statement: string) => server.db.write(manager => manager.query(statement))
    const attempts = [
      `UPDATE "audit_entry" SET "object_id" = 'case-9' WHERE "seq" = 1`,
      `DELETE FROM "audit_entry" WHERE "seq" = 2`,
      `DELETE FROM "audit_entry"`,
      `UPDATE "audit_chain_head" SET "seq" = 1`,
      `UPDATE "audit_chain_head" SET "seq" = 5`,
      `DELETE FROM "audit_chain_head"`,
      ...(dialect === 'postgres' ? ['TRUNCATE "audit_entry"', 'TRUNCATE "audit_chain_head"'] : []),
    ]
    for (const statement of attempts) {
      await expect(sql(statement), statement).rejects.toThrow(/append-only|only moves forward/)
    }
    expect((await entries(server)).map(row => row.objectId)).toEqual(['case-1', 'case-2'])
    expect(await server.services.auditLog.verify(server.db.read)).toMatchObject({ ok: true, count: 2 })
  })

  it('keeps one unbroken chain under concurrent appends (from two server processes on PostgreSQL)', async () => {
    if (dialect === 'postgres') {
      // Two processes on one database take turns through the lock on the chain head.
      await servers.shareDatabase()
    }
    const first = await servers.start()
    const writers = dialect === 'postgres' ? [first, await servers.start()] : [first]
    const count = 120
    await Promise.all(
      Array.from({ length: count }, (_, index) =>
        append(writers[index % writers.length]!, entry(`case-${index}`)),
      ),
    )

    const rows = await entries(first)
    expect(rows.map(row => row.seq)).toEqual(Array.from({ length: count }, (_, index) => index + 1))
    expect(new Set(rows.map(row => row.objectId)).size).toBe(count)
    expect(await first.services.auditLog.verify(first.db.read)).toMatchObject({ ok: true, count })
  })
})
