import { MoreThan, type EntityManager } from 'typeorm'
import { AuditChainHeadEntity } from './audit-chain-head.entity.js'
import { AuditEntryEntity } from './audit-entry.entity.js'
import { GENESIS_HASH, hashOfEntry } from './audit-hash.js'

export interface VerifyOptions {
  /** A head exported earlier (`seq` and `hash`): the log must still reach it, unchanged. */
  readonly expectedHead?: { readonly seq: number; readonly hash: string }
  /** Entries read per query. */
  readonly batchSize?: number
}

/** The first entry that breaks the chain: its seq, its id when it is there, and what is wrong. */
export interface BrokenEntry {
  readonly seq: number
  readonly id: string | null
  readonly reason: string
}

export type AuditVerdict =
  | { readonly ok: true; readonly count: number; readonly head: { seq: number; hash: string } }
  | { readonly ok: false; readonly broken: BrokenEntry }

const bad = (seq: number, id: string | null, reason: string): AuditVerdict => ({
  ok: false,
  broken: { seq, id, reason },
})

/** The id stored for `seq`, to name an entry found wrong after the walk. */
async function idAt(manager: EntityManager, seq: number): Promise<string | null> {
  return (await manager.findOneBy(AuditEntryEntity, { seq }))?.id ?? null
}

/**
 * The verifier behind `AuditLog.verify` and `pnpm audit:verify`: recomputes every hash from the
 * stored bytes, in seq order, a batch at a time, and stops at the first entry that breaks the chain.
 */
export async function verifyAuditChain(
  manager: EntityManager,
  { expectedHead, batchSize = 1000 }: VerifyOptions = {},
): Promise<AuditVerdict> {
  let last = { seq: 0, hash: GENESIS_HASH }
  for (;;) {
    const rows = await manager.find(AuditEntryEntity, {
      where: { seq: MoreThan(last.seq) },
      order: { seq: 'ASC' },
      take: batchSize,
    })
    for (const row of rows) {
      const expected = last.seq + 1
      if (Number(row.seq) !== expected) {
        return bad(expected, null, `entry ${expected} is missing (the next entry is ${String(row.seq)})`)
      }
      if (row.prevHash !== last.hash) {
        return bad(expected, row.id, 'its previous hash is not the hash of the entry before it')
      }
      if (hashOfEntry(row) !== row.hash) {
        return bad(expected, row.id, 'its hash does not match its content')
      }
      last = { seq: expected, hash: row.hash }
    }
    if (rows.length < batchSize) {
      break
    }
  }
  const recorded = await manager.findOneBy(AuditChainHeadEntity, { id: 1 })
  if (recorded === null) {
    return bad(last.seq + 1, null, 'the chain head row is missing')
  }
  if (recorded.seq > last.seq) {
    const reason = `entries from ${last.seq + 1} to ${recorded.seq} are missing: the chain head says ${recorded.seq}`
    return bad(last.seq + 1, null, reason)
  }
  if (recorded.seq < last.seq) {
    const reason = `the chain head says ${recorded.seq} entries: this one was added around it`
    return bad(recorded.seq + 1, await idAt(manager, recorded.seq + 1), reason)
  }
  if (recorded.hash !== last.hash) {
    return bad(last.seq, await idAt(manager, last.seq), 'the chain head records another hash for it')
  }
  if (expectedHead !== undefined) {
    if (expectedHead.seq > last.seq) {
      const reason = `the exported head is entry ${expectedHead.seq}, the log ends at ${last.seq}`
      return bad(last.seq + 1, null, reason)
    }
    const there =
      expectedHead.seq === 0
        ? { hash: GENESIS_HASH, id: null }
        : await manager.findOneBy(AuditEntryEntity, { seq: expectedHead.seq })
    if (there?.hash !== expectedHead.hash) {
      return bad(expectedHead.seq, there?.id ?? null, 'its hash is not the one in the exported head')
    }
  }
  return { ok: true, count: last.seq, head: last }
}
