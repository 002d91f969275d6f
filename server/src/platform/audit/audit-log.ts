import { isAuditAction, type AuditAction } from '@conduct-desk/shared'
import type { EntityManager } from 'typeorm'
import { newId } from '../security/tokens.js'
import type { Clock } from '../time/clock.js'
import { AuditChainHeadEntity } from './audit-chain-head.entity.js'
import { AuditEntryEntity } from './audit-entry.entity.js'
import { hashOfEntry } from './audit-hash.js'
import { verifyAuditChain, type AuditVerdict, type VerifyOptions } from './verify-audit-chain.js'

/** What a caller says happened; the log adds `seq`, `at` and the hashes. */
export interface AuditEntryInput {
  /** The account that acted; null for the public or the system. */
  readonly actorId: string | null
  /** `<object>.<verb>`, one of `AuditAction` in shared. */
  readonly action: AuditAction
  /** The kind of thing, a lower-case word (kebab-case). */
  readonly objectType: string
  /** The thing's id: never its content, a name, an address or a receipt. */
  readonly objectId: string
  /** What the object belongs to (its scope), for filtering. */
  readonly scopeId: string | null
}

/** The last entry of the chain: what `pnpm audit:verify` prints, to be kept somewhere else. */
export interface AuditHead {
  readonly seq: number
  readonly hash: string
}

const TYPE_SHAPE = /^[a-z][a-z0-9-]*$/

/** Refuses an entry the columns cannot hold alike on both dialects; a programming error, not input. */
function checkEntry(entry: AuditEntryInput): void {
  const problems = [
    isAuditAction(entry.action) ? null : 'action',
    TYPE_SHAPE.test(entry.objectType) && entry.objectType.length <= 40 ? null : 'objectType',
    entry.objectId.length > 0 && entry.objectId.length <= 120 ? null : 'objectId',
    (entry.actorId?.length ?? 0) <= 64 ? null : 'actorId',
    (entry.scopeId?.length ?? 0) <= 64 ? null : 'scopeId',
  ].filter(problem => problem !== null)
  if (problems.length > 0) {
    throw new Error(`audit entry refused: bad ${problems.join(', ')}`)
  }
}

/**
 * The append-only, hash-chained audit log (SECURITY R39). `append` writes inside the caller's
 * transaction, so a change and its entry commit together or not at all; call it last in the
 * transaction, since it holds the chain head's lock until COMMIT.
 */
export class AuditLog {
  constructor(private readonly clock: Clock) {}

  /**
   * Appends one entry in `manager`'s transaction (the write queue's manager). The chain head row is
   * locked first (`FOR UPDATE` on PostgreSQL; on SQLite the write queue already runs writes one at a
   * time), so `seq` is gap-free and strictly increasing across server processes.
   */
  async append(manager: EntityManager, entry: AuditEntryInput): Promise<void> {
    checkEntry(entry)
    const lock = manager.connection.options.type === 'postgres' ? ' FOR UPDATE' : ''
    const [head] = await manager.query<{ seq: number | string; hash: string }[]>(
      `SELECT "seq", "hash" FROM "audit_chain_head" WHERE "id" = 1${lock}`,
    )
    if (head === undefined) {
      throw new Error('the audit chain head is missing')
    }
    const fields = {
      seq: Number(head.seq) + 1,
      id: newId(),
      at: this.clock.now().toISOString(),
      actorId: entry.actorId,
      action: entry.action,
      objectType: entry.objectType,
      objectId: entry.objectId,
      scopeId: entry.scopeId,
      prevHash: head.hash,
    }
    const hash = hashOfEntry(fields)
    await manager.insert(AuditEntryEntity, { ...fields, hash })
    await manager.update(AuditChainHeadEntity, { id: 1 }, { seq: fields.seq, hash })
  }

  /** The chain head as recorded: the last entry's seq and hash. */
  async head(manager: EntityManager): Promise<AuditHead> {
    const row = await manager.findOneByOrFail(AuditChainHeadEntity, { id: 1 })
    return { seq: row.seq, hash: row.hash }
  }

  /**
   * Walks the whole chain in seq order and names the first entry that breaks it: a missing seq, a
   * prevHash that is not the previous hash, a hash that does not match the content, a head table
   * that disagrees, or an `expectedHead` (exported earlier) that the log no longer reaches.
   */
  verify(manager: EntityManager, options: VerifyOptions = {}): Promise<AuditVerdict> {
    return verifyAuditChain(manager, options)
  }
}

export type { AuditVerdict, VerifyOptions } from './verify-audit-chain.js'
