/** A limit on one kind of attempt, counted per key. */
export interface LimitRule {
  /** Attempts allowed in one window, those in flight included. */
  readonly max: number
  readonly windowMs: number
  /**
   * For failure throttles: once `max` failures are kept, the key is locked this long, doubling
   * with each further lock up to `longestMs`. Without it, the key waits for its window to end.
   */
  readonly lock?: { readonly firstMs: number; readonly longestMs: number }
}

/** One key's count: the same shape in memory and in the `rate_limit_counter` table. */
export interface CounterState {
  readonly windowStartedAt: number
  /** Attempts under way: reserved before their check ran, not yet kept or refunded. */
  readonly reserved: number
  /** Attempts kept in this window (failures, or actions done). */
  readonly used: number
  /** 0 when not locked. */
  readonly lockedUntil: number
  /** Locks so far, for the doubling; forgotten with the row. */
  readonly lockouts: number
}

/** How long a key remembers its locks after the last one ends, so the doubling means something. */
export const LOCK_MEMORY_MS = 24 * 3_600_000

const fresh = (now: number): CounterState => ({
  windowStartedAt: now,
  reserved: 0,
  used: 0,
  lockedUntil: 0,
  lockouts: 0,
})

/**
 * The state as of `now`. An ended lock or window starts a new window; attempts still in flight from
 * the old one are not carried over, so a reservation lost with a crashed process costs one window
 * at most. Locks are remembered until the row expires, for the doubling.
 */
function current(state: CounterState | undefined, rule: LimitRule, now: number): CounterState {
  if (state === undefined) {
    return fresh(now)
  }
  if (state.lockedUntil > now) {
    return state
  }
  if (state.lockedUntil === 0 && now < state.windowStartedAt + rule.windowMs) {
    return state
  }
  return { ...fresh(now), lockouts: now < expiresAt(state, rule) ? state.lockouts : 0 }
}

const lockLength = (rule: LimitRule, lockouts: number) =>
  rule.lock === undefined ? 0 : Math.min(rule.lock.firstMs * 2 ** lockouts, rule.lock.longestMs)

/**
 * Reserves one attempt under `rule` at `now`. Refused (`waitMs > 0`, nothing reserved) while the
 * key is locked or its attempts, those in flight included, have reached `max`.
 */
export function reserveAttempt(
  state: CounterState | undefined,
  rule: LimitRule,
  now: number,
): { readonly state: CounterState; readonly waitMs: number } {
  const base = current(state, rule, now)
  if (base.lockedUntil > now) {
    return { state: base, waitMs: base.lockedUntil - now }
  }
  if (base.reserved + base.used >= rule.max) {
    const waitMs =
      rule.lock === undefined ? base.windowStartedAt + rule.windowMs - now : lockLength(rule, base.lockouts)
    return { state: base, waitMs: Math.max(waitMs, 1) }
  }
  return { state: { ...base, reserved: base.reserved + 1 }, waitMs: 0 }
}

/**
 * Ends a reserved attempt: `keep` counts it (and locks a failure throttle that reached `max`),
 * `refund` gives it back. A key swept meanwhile starts again from nothing.
 */
export function settleAttempt(
  state: CounterState | undefined,
  rule: LimitRule,
  now: number,
  outcome: 'keep' | 'refund',
): CounterState {
  const base = current(state, rule, now)
  const reserved = Math.max(base.reserved - 1, 0)
  if (outcome === 'refund') {
    return { ...base, reserved }
  }
  const used = base.used + 1
  if (rule.lock !== undefined && used >= rule.max && base.lockedUntil === 0) {
    return {
      ...base,
      reserved,
      used,
      lockedUntil: now + lockLength(rule, base.lockouts),
      lockouts: base.lockouts + 1,
    }
  }
  return { ...base, reserved, used }
}

/**
 * When the key's row may be deleted: its window and lock are over, and for a doubling lock, a day
 * has passed since, so the next lock is short again.
 */
export function expiresAt(state: CounterState, rule: LimitRule): number {
  const end = Math.max(state.windowStartedAt + rule.windowMs, state.lockedUntil)
  const doubles = rule.lock !== undefined && rule.lock.longestMs > rule.lock.firstMs
  return state.lockouts > 0 && doubles ? end + LOCK_MEMORY_MS : end
}
