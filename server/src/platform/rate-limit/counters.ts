import { rateLimited } from '../errors/domain-error.js'
import type { Clock } from '../time/clock.js'
import {
  expiresAt,
  reserveAttempt,
  settleAttempt,
  type CounterState,
  type LimitRule,
} from './counter-state.js'
import { sharedCounterId, type DatabaseCounters, type SharedKey } from './database-counters.js'

/** One count an attempt goes under. */
export interface CounterKey extends SharedKey {
  /**
   * Counted only in this process's memory. For keys made from network addresses: their HMAC key
   * lives in one process's memory for a day, and they are never stored (SECURITY R22).
   */
  readonly isLocal: boolean
}

/** An attempt counted before its check ran; end it exactly once. */
export interface Reservation {
  /** Counts the attempt: a failure, or an action done. */
  keep(): Promise<void>
  /** Gives the attempt back: it succeeded, or never really happened. */
  refund(): Promise<void>
  /** Forgets every count of its keys (the right password ends a run of wrong ones). */
  clear(): Promise<void>
}

interface LocalCount {
  readonly rule: LimitRule
  state: CounterState
}

/** What this process knows of a shared key, to refuse without asking the database when that is safe. */
interface SharedHint {
  /** Reservations this process holds or is asking for; each is (or will be) in the database too. */
  pending: number
  /** A lock the database reported; nothing lifts one early, since no attempt passes while it holds. */
  lockedUntil: number
}

const toSeconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000))

/**
 * Counts attempts per key, reserving each one before its check runs so parallel requests cannot
 * slip past a limit. Shared keys live in the database (`DatabaseCounters`), so several processes
 * and restarts see one count; local keys (network addresses) live in this process only, bounded.
 * Everything up to the first `await` of `reserve` runs at once, so within a process the attempt is
 * counted before anything else can run.
 */
export class Counters {
  private readonly local = new Map<string, LocalCount>()
  private readonly hints = new Map<string, SharedHint>()

  constructor(
    private readonly clock: Clock,
    private readonly shared: DatabaseCounters,
    private readonly maxKeys = 100_000,
  ) {}

  /**
   * Reserves one attempt under every key, all or none.
   * @throws RATE_LIMITED with the longest wait of the keys that refuse.
   */
  async reserve(keys: readonly CounterKey[]): Promise<Reservation> {
    const now = this.clock.now().getTime()
    const localKeys = keys.filter(key => key.isLocal)
    const sharedKeys = keys.filter(key => !key.isLocal)
    const localOutcomes = localKeys.map(key => ({
      id: localId(key),
      key,
      ...reserveAttempt(this.local.get(localId(key))?.state, key.rule, now),
    }))
    const waitMs = Math.max(
      0,
      ...localOutcomes.map(outcome => outcome.waitMs),
      ...sharedKeys.map(key => this.hintWait(key, now)),
    )
    if (waitMs > 0) {
      throw rateLimited(toSeconds(waitMs))
    }
    for (const { id, key, state } of localOutcomes) {
      this.remember(this.local, id, { rule: key.rule, state })
    }
    for (const key of sharedKeys) {
      this.hint(key).pending += 1
    }
    const reservation = this.reservationFor(localKeys, sharedKeys)
    if (sharedKeys.length === 0) {
      return reservation
    }
    let answer: Awaited<ReturnType<DatabaseCounters['reserve']>>
    try {
      answer = await this.shared.reserve(sharedKeys, now)
    } catch (error) {
      this.settleLocal(localKeys, 'refund')
      this.releaseHints(sharedKeys, new Map())
      throw error
    }
    if (answer.waitMs > 0) {
      this.settleLocal(localKeys, 'refund')
      this.releaseHints(sharedKeys, answer.lockedUntil)
      throw rateLimited(toSeconds(answer.waitMs))
    }
    return reservation
  }

  /** Forgets counts whose windows and locks are over: in memory, and the table's expired rows. */
  async sweep(): Promise<void> {
    const now = this.clock.now().getTime()
    for (const [id, count] of this.local) {
      if (count.state.reserved === 0 && expiresAt(count.state, count.rule) <= now) {
        this.local.delete(id)
      }
    }
    for (const [id, hint] of this.hints) {
      if (hint.pending === 0 && hint.lockedUntil <= now) {
        this.hints.delete(id)
      }
    }
    await this.shared.sweep(now)
  }

  private reservationFor(localKeys: readonly CounterKey[], sharedKeys: readonly CounterKey[]): Reservation {
    let isSettled = false
    const settle = async (outcome: 'keep' | 'refund' | 'clear') => {
      if (isSettled) {
        return
      }
      isSettled = true
      this.settleLocal(localKeys, outcome)
      if (sharedKeys.length === 0) {
        return
      }
      let lockedUntil = new Map<string, number>()
      try {
        lockedUntil = await this.shared.settle(sharedKeys, outcome, this.clock.now().getTime())
      } finally {
        this.releaseHints(sharedKeys, lockedUntil)
      }
    }
    return { keep: () => settle('keep'), refund: () => settle('refund'), clear: () => settle('clear') }
  }

  private settleLocal(keys: readonly CounterKey[], outcome: 'keep' | 'refund' | 'clear'): void {
    const now = this.clock.now().getTime()
    for (const key of keys) {
      const id = localId(key)
      if (outcome === 'clear') {
        this.local.delete(id)
        continue
      }
      const state = settleAttempt(this.local.get(id)?.state, key.rule, now, outcome)
      this.remember(this.local, id, { rule: key.rule, state })
    }
  }

  /** > 0 when this process already knows the database would refuse `key`. */
  private hintWait(key: CounterKey, now: number): number {
    const hint = this.hints.get(sharedCounterId(key))
    if (hint === undefined) {
      return 0
    }
    if (hint.lockedUntil > now) {
      return hint.lockedUntil - now
    }
    return hint.pending >= key.rule.max ? (key.rule.lock?.firstMs ?? key.rule.windowMs) : 0
  }

  private hint(key: CounterKey): SharedHint {
    const id = sharedCounterId(key)
    const hint = this.hints.get(id) ?? { pending: 0, lockedUntil: 0 }
    this.remember(this.hints, id, hint)
    return hint
  }

  private releaseHints(keys: readonly CounterKey[], lockedUntil: ReadonlyMap<string, number>): void {
    for (const key of keys) {
      const hint = this.hint(key)
      hint.pending = Math.max(hint.pending - 1, 0)
      hint.lockedUntil = Math.max(hint.lockedUntil, lockedUntil.get(sharedCounterId(key)) ?? 0)
    }
  }

  /** Sets `id` as the newest entry, forgetting the oldest past `maxKeys` so a flood cannot fill memory. */
  private remember<T>(map: Map<string, T>, id: string, value: T): void {
    map.delete(id)
    map.set(id, value)
    if (map.size > this.maxKeys) {
      const oldest = map.keys().next().value
      if (oldest !== undefined) {
        map.delete(oldest)
      }
    }
  }
}

const localId = (key: CounterKey) => `${key.scope}\n${key.key}`
