import { randomUUID } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { AuditAction } from '@conduct-desk/shared'
import { describe, expect, it } from 'vitest'
import { testDialects } from '../../test/databases.js'
import { useTestServers } from '../../test/test-servers.js'
import type { TestServer } from '../../test/test-server.js'
import type { Config } from '../config/config.js'
import { appendOnlyTriggers } from '../db/migrations/1765267200000-audit-log.js'
import { AuditChainHeadEntity } from '../platform/audit/audit-chain-head.entity.js'
import { AuditEntryEntity } from '../platform/audit/audit-entry.entity.js'
import { GENESIS_HASH, hashOfEntry } from '../platform/audit/audit-hash.js'
import { verifyAuditLog } from './verify-audit-log.js'
import type { VerifyOptions } from '../platform/audit/verify-audit-chain.js'

const ENTRIES = 12

/** What `pnpm audit:verify` prints and whether it exits 0. */
async function runVerify(config: Config, options: VerifyOptions = {}) {
  const said: string[] = []
  const isSound = await verifyAuditLog(config, line => said.push(line), options)
  return { isSound, said }
}

async function fillLog(server: TestServer): Promise<AuditEntryEntity[]> {
  for (let index = 1; index <= ENTRIES; index++) {
    server.clock.advance(1000)
    await server.db.write(manager =>
      server.services.auditLog.append(manager, {
        actorId: 'a0000000-0000-4000-8000-000000000001',
        action: AuditAction.CaseRead,
        objectType: 'case',
        objectId: `case-${String(index).padStart(4, '0')}`,
        scopeId: 'e0000000-0000-4000-8000-000000000001',
      }),
    )
  }
  return server.db.read.find(AuditEntryEntity, { order: { seq: 'ASC' } })
}

/** What someone able to run SQL as the database owner does: drop the triggers, then change rows. */
async function asOwner(server: TestServer, statements: string[]): Promise<void> {
  await server.db.write(async manager => {
    for (const statement of [...appendOnlyTriggers(server.db.dialect).drop, ...statements]) {
      await manager.query(statement)
    }
  })
}

describe.each(testDialects)('pnpm audit:verify on %s', dialect => {
  const servers = useTestServers(dialect)

  it('says OK in one line with the number of entries and the head to keep elsewhere', async () => {
    const server = await servers.start()
    expect(await runVerify(server.config)).toEqual({
      isSound: true,
      said: [expect.stringMatching(/^Audit log OK: 0 entries/)],
    })
    const rows = await fillLog(server)
    const head = `${ENTRIES}:${rows.at(-1)?.hash}`
    expect(await runVerify(server.config)).toEqual({
      isSound: true,
      said: [`Audit log OK: ${ENTRIES} entries; head ${head}`],
    })
  })

  it('fails and names the entry when one byte of it is altered where the data lies', async () => {
    const server = await servers.start()
    const target = (await fillLog(server))[4]!
    const flipped = `${target.at.slice(0, 18)}${target.at[18] === '9' ? '8' : '9'}${target.at.slice(19)}`
    let outcome: Awaited<ReturnType<typeof runVerify>> | undefined
    if (dialect === 'sqlite') {
      // With file access: the server stopped, one byte of the row's time changed in the file itself.
      // The row stores its id and its time side by side; indexes hold each alone.
      const restarted = await server.restart({
        whileStopped: async config => {
          const file = config.database.dialect === 'sqlite' ? config.database.file : ''
          const bytes = readFileSync(file)
          const row = bytes.indexOf(`${target.id}${target.at}`)
          expect(row).toBeGreaterThan(0)
          expect(bytes.indexOf(`${target.id}${target.at}`, row + 1)).toBe(-1)
          bytes.write(flipped, row + target.id.length, 'latin1')
          writeFileSync(file, bytes)
          outcome = await runVerify(config)
        },
      })
      await restarted.stop()
    } else {
      await asOwner(server, [`UPDATE "audit_entry" SET "at" = '${flipped}' WHERE "seq" = 5`])
      outcome = await runVerify(server.config)
    }
    expect(outcome).toEqual({
      isSound: false,
      said: [`Audit log BROKEN at entry 5 (id ${target.id}): its hash does not match its content.`],
    })
  })

  it('names the first broken entry when a hash is rewritten or an entry removed', async () => {
    const server = await servers.start()
    const rows = await fillLog(server)

    // Rewriting entry 7's hash breaks the link from entry 8.
    await asOwner(server, [`UPDATE "audit_entry" SET "hash" = '${'f'.repeat(64)}' WHERE "seq" = 7`])
    expect((await runVerify(server.config)).said).toEqual([
      `Audit log BROKEN at entry 7 (id ${rows[6]!.id}): its hash does not match its content.`,
    ])
    await asOwner(server, [`UPDATE "audit_entry" SET "hash" = '${rows[6]!.hash}' WHERE "seq" = 7`])
    expect((await runVerify(server.config)).isSound).toBe(true)

    await asOwner(server, [`DELETE FROM "audit_entry" WHERE "seq" = 3`])
    expect((await runVerify(server.config)).said).toEqual([
      'Audit log BROKEN at entry 3 (id missing): entry 3 is missing (the next entry is 4).',
    ])
  })

  it('passes 10,000 entries, and names entry 5000 when one byte of it changes (SECURITY R39)', async () => {
    const server = await servers.start()
    // Chained as the log chains them, then inserted in batches: this is about the verifier at scale.
    let prevHash = GENESIS_HASH
    const rows = Array.from({ length: 10_000 }, (_, index) => {
      const fields = {
        seq: index + 1,
        id: randomUUID(),
        at: new Date(Date.UTC(2026, 5, 1, 9) + index * 1000).toISOString(),
        actorId: null,
        action: AuditAction.CaseRead,
        objectType: 'case',
        objectId: `case-${index + 1}`,
        scopeId: null,
        prevHash,
      }
      prevHash = hashOfEntry(fields)
      return { ...fields, hash: prevHash }
    })
    // The head moves one entry at a time; here it jumps, as the database owner may make it.
    await asOwner(server, [])
    await server.db.write(async manager => {
      for (let start = 0; start < rows.length; start += 500) {
        await manager.insert(AuditEntryEntity, rows.slice(start, start + 500))
      }
      await manager.update(AuditChainHeadEntity, { id: 1 }, { seq: 10_000, hash: prevHash })
    })
    expect((await runVerify(server.config)).said).toEqual([
      expect.stringMatching(/^Audit log OK: 10000 entries/),
    ])
    const target = await server.db.read.findOneByOrFail(AuditEntryEntity, { seq: 5000 })
    await asOwner(server, [`UPDATE "audit_entry" SET "object_id" = 'case-5001' WHERE "seq" = 5000`])
    expect((await runVerify(server.config)).said).toEqual([
      `Audit log BROKEN at entry 5000 (id ${target.id}): its hash does not match its content.`,
    ])
  })

  it('names an entry slipped in after the last one, chained but not through the log', async () => {
    const server = await servers.start()
    const last = (await fillLog(server)).at(-1)!
    const fields = { ...last, seq: ENTRIES + 1, id: randomUUID(), objectId: 'case-9999', prevHash: last.hash }
    const hash = hashOfEntry(fields)
    await server.db.write(manager => manager.insert(AuditEntryEntity, { ...fields, hash }))
    expect((await runVerify(server.config)).said).toEqual([
      `Audit log BROKEN at entry ${ENTRIES + 1} (id ${fields.id}): the chain head says ${ENTRIES} entries: this one was added around it.`,
    ])
  })

  it('finds the last entries cut off together with the head, against a head exported earlier', async () => {
    const server = await servers.start()
    const rows = await fillLog(server)
    const exported = { seq: ENTRIES, hash: rows.at(-1)!.hash }
    const kept = rows[ENTRIES - 3]!
    await asOwner(server, [
      `DELETE FROM "audit_entry" WHERE "seq" > ${kept.seq}`,
      `UPDATE "audit_chain_head" SET "seq" = ${kept.seq}, "hash" = '${kept.hash}'`,
    ])
    expect((await runVerify(server.config)).isSound).toBe(true)
    expect(await runVerify(server.config, { expectedHead: exported })).toEqual({
      isSound: false,
      said: [
        `Audit log BROKEN at entry ${kept.seq + 1} (id missing): the exported head is entry ${ENTRIES}, the log ends at ${kept.seq}.`,
      ],
    })
  })
})
