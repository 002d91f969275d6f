import { In, type EntityManager } from 'typeorm'
import { hashToken } from '../security/tokens.js'
import {
  expiresAt,
  reserveAttempt,
  settleAttempt,
  type CounterState,
  type LimitRule,
} from './counter-state.js'
import { RateLimitCounterEntity } from './rate-limit-counter.entity.js'

/** What the shared counts need of the server's `Database` (db/database.ts fits it). */
export interface CounterDatabase {
  readonly dialect: 'sqlite' | 'postgres'
  /** A transaction; on SQLite queued behind every other write, so never called inside one. */
  write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T>
}

/** One count in the table: a scope's rule and a key, stored only as a hash. */
export interface SharedKey {
  readonly scope: string
  readonly key: string
  readonly rule: LimitRule
}

/** The row id of a key: a SHA-256, so the table holds no typed email or reference, and ids have one length. */
export const sharedCounterId = (key: SharedKey) => hashToken(`${key.scope}\n${key.key}`)

const toState = (row: RateLimitCounterEntity): CounterState => ({
  windowStartedAt: row.windowStartedAt.getTime(),
  reserved: row.reserved,
  used: row.used,
  lockedUntil: row.lockedUntil?.getTime() ?? 0,
  lockouts: row.lockouts,
})

const toColumns = (state: CounterState, rule: LimitRule) => ({
  windowStartedAt: new Date(state.windowStartedAt),
  reserved: state.reserved,
  used: state.used,
  lockedUntil: state.lockedUntil === 0 ? null : new Date(state.lockedUntil),
  lockouts: state.lockouts,
  expiresAt: new Date(expiresAt(state, rule)),
})

/**
 * Rate-limit counts in the database, shared by every server process and kept across restarts.
 * Each change reads, decides and writes its rows in one transaction that holds them: `FOR UPDATE`
 * on PostgreSQL, the write queue on SQLite. So two processes never both take the last attempt.
 */
export class DatabaseCounters {
  constructor(private readonly db: CounterDatabase) {}

  /**
   * Reserves one attempt under every key, all or none.
   * @returns how long to wait (0: reserved), and when each locked key opens again.
   */
  reserve(
    keys: readonly SharedKey[],
    now: number,
  ): Promise<{ waitMs: number; lockedUntil: Map<string, number> }> {
    return this.db.write(async manager => {
      const rows = await this.holdRows(manager, keys, now)
      const lockedUntil = new Map<string, number>()
      const decided = keys.map(key => {
        const id = sharedCounterId(key)
        const outcome = reserveAttempt(rows.get(id), key.rule, now)
        if (outcome.state.lockedUntil > now) {
          lockedUntil.set(id, outcome.state.lockedUntil)
        }
        return { id, key, outcome }
      })
      const waitMs = Math.max(0, ...decided.map(({ outcome }) => outcome.waitMs))
      if (waitMs === 0) {
        for (const { id, key, outcome } of decided) {
          await manager.update(RateLimitCounterEntity, { id }, toColumns(outcome.state, key.rule))
        }
      }
      return { waitMs, lockedUntil }
    })
  }

  /**
   * Ends reserved attempts: kept, refunded, or every count of the keys forgotten (`clear`).
   * @returns when each key that is now locked opens again.
   */
  settle(
    keys: readonly SharedKey[],
    outcome: 'keep' | 'refund' | 'clear',
    now: number,
  ): Promise<Map<string, number>> {
    return this.db.write(async manager => {
      const lockedUntil = new Map<string, number>()
      if (outcome === 'clear') {
        await manager.delete(RateLimitCounterEntity, { id: In(keys.map(sharedCounterId)) })
        return lockedUntil
      }
      const rows = await this.holdRows(manager, keys, now)
      for (const key of keys) {
        const id = sharedCounterId(key)
        const state = settleAttempt(rows.get(id), key.rule, now, outcome)
        if (state.lockedUntil > now) {
          lockedUntil.set(id, state.lockedUntil)
        }
        await manager.update(RateLimitCounterEntity, { id }, toColumns(state, key.rule))
      }
      return lockedUntil
    })
  }

  /** Deletes the rows whose windows, locks and memory of locks are over. */
  async sweep(now: number): Promise<void> {
    // Instants are ISO strings in both dialects (ADR 0003); compared as text, they sort by time.
    await this.db.write(manager =>
      manager
        .createQueryBuilder()
        .delete()
        .from(RateLimitCounterEntity)
        .where('expires_at < :now', { now: new Date(now).toISOString() })
        .execute(),
    )
  }

  /**
   * Makes sure every key has a row, then reads them held for this transaction, in id order so two
   * transactions never wait on each other in a circle.
   */
  private async holdRows(
    manager: EntityManager,
    keys: readonly SharedKey[],
    now: number,
  ): Promise<Map<string, CounterState>> {
    const fresh = keys
      .map(key => ({
        id: sharedCounterId(key),
        scope: key.scope,
        ...toColumns({ windowStartedAt: now, reserved: 0, used: 0, lockedUntil: 0, lockouts: 0 }, key.rule),
      }))
      .sort((a, b) => a.id.localeCompare(b.id))
    await manager
      .createQueryBuilder()
      .insert()
      .into(RateLimitCounterEntity)
      .values(fresh)
      .orIgnore()
      .execute()
    const rows = await manager.find(RateLimitCounterEntity, {
      where: { id: In(fresh.map(row => row.id)) },
      order: { id: 'ASC' },
      ...(this.db.dialect === 'postgres' ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    })
    return new Map(rows.map(row => [row.id, toState(row)]))
  }
}
