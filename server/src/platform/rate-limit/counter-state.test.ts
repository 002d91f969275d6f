import { describe, expect, it } from 'vitest'
import {
  LOCK_MEMORY_MS,
  expiresAt,
  reserveAttempt,
  settleAttempt,
  type CounterState,
  type LimitRule,
} from './counter-state.js'

const throttle: LimitRule = { max: 5, windowMs: 60_000, lock: { firstMs: 60_000, longestMs: 240_000 } }
const window: LimitRule = { max: 3, windowMs: 3_600_000 }

/** Reserves and settles `count` attempts one after another at `now`. */
function attempts(
  state: CounterState | undefined,
  rule: LimitRule,
  now: number,
  count: number,
  outcome: 'keep' | 'refund',
) {
  let current = state
  for (let index = 0; index < count; index++) {
    const reserved = reserveAttempt(current, rule, now)
    expect(reserved.waitMs).toBe(0)
    current = settleAttempt(reserved.state, rule, now, outcome)
  }
  return current
}

describe('counter state', () => {
  it('counts attempts in flight, so no more than `max` run at once', () => {
    let state: CounterState | undefined
    const waits: number[] = []
    for (let index = 0; index < 8; index++) {
      const outcome = reserveAttempt(state, throttle, 0)
      waits.push(outcome.waitMs)
      state = outcome.state
    }
    expect(waits.filter(wait => wait === 0)).toHaveLength(5)
    expect(state?.reserved).toBe(5)
  })

  it('gives a refunded attempt back, and locks only when `max` failures are kept', () => {
    const afterRefunds = attempts(undefined, throttle, 0, 10, 'refund')
    expect(afterRefunds?.used).toBe(0)
    const four = attempts(afterRefunds, throttle, 0, 4, 'keep')
    expect(four?.lockedUntil).toBe(0)
    const five = attempts(four, throttle, 1000, 1, 'keep')
    expect(five?.lockedUntil).toBe(61_000)
    expect(reserveAttempt(five, throttle, 1000).waitMs).toBe(60_000)
  })

  it('doubles each further lock up to the longest, and forgets the locks a day after the last', () => {
    let state: CounterState | undefined
    let now = 0
    const locks: number[] = []
    for (let round = 0; round < 4; round++) {
      state = attempts(state, throttle, now, 5, 'keep')
      locks.push((state?.lockedUntil ?? 0) - now)
      now = state?.lockedUntil ?? 0
    }
    expect(locks).toEqual([60_000, 120_000, 240_000, 240_000])
    const later = now + LOCK_MEMORY_MS
    expect(expiresAt(state!, throttle)).toBe(later)
    const fresh = attempts(state, throttle, later, 5, 'keep')
    expect((fresh?.lockedUntil ?? 0) - later).toBe(60_000)
  })

  it('starts a new window when the old one ends, without carrying old failures', () => {
    const four = attempts(undefined, throttle, 0, 4, 'keep')
    const next = attempts(four, throttle, 60_000, 4, 'keep')
    expect(next?.used).toBe(4)
    expect(next?.lockedUntil).toBe(0)
  })

  it('keeps a plain limit to `max` a window, and says when the window ends', () => {
    const full = attempts(undefined, window, 0, 3, 'keep')
    expect(reserveAttempt(full, window, 600_000).waitMs).toBe(3_000_000)
    expect(reserveAttempt(full, window, 3_600_000).waitMs).toBe(0)
    expect(expiresAt(full!, window)).toBe(3_600_000)
  })
})
