import { describe, expect, it } from 'vitest'
import { ManualClock } from '../time/clock.js'
import { FailureThrottle } from './failure-throttle.js'

const options = { maxFailures: 5, windowMs: 60_000, baseLockMs: 60_000, maxKeys: 3 }

describe('FailureThrottle', () => {
  it('locks a key after five failures in the window and leaves other keys alone', () => {
    const throttle = new FailureThrottle(new ManualClock(), options)
    for (let i = 0; i < 4; i++) {
      throttle.recordFailure('a')
    }
    expect(throttle.retryAfterSeconds('a')).toBe(0)
    throttle.recordFailure('a')
    expect(throttle.retryAfterSeconds('a')).toBe(60)
    expect(throttle.retryAfterSeconds('b')).toBe(0)
  })

  it('forgets failures older than the window', () => {
    const clock = new ManualClock()
    const throttle = new FailureThrottle(clock, options)
    for (let i = 0; i < 4; i++) {
      throttle.recordFailure('a')
    }
    clock.advance(61_000)
    throttle.recordFailure('a')
    expect(throttle.retryAfterSeconds('a')).toBe(0)
  })

  it('doubles the lock each time and lifts it after it runs out', () => {
    const clock = new ManualClock()
    const throttle = new FailureThrottle(clock, options)
    const failFive = () => {
      for (let i = 0; i < 5; i++) {
        throttle.recordFailure('a')
      }
    }
    failFive()
    clock.advance(60_001)
    expect(throttle.retryAfterSeconds('a')).toBe(0)
    failFive()
    expect(throttle.retryAfterSeconds('a')).toBe(120)
    throttle.recordSuccess('a')
    expect(throttle.retryAfterSeconds('a')).toBe(0)
  })

  it('keeps at most maxKeys keys', () => {
    const throttle = new FailureThrottle(new ManualClock(), { ...options, maxFailures: 1 })
    for (const key of ['a', 'b', 'c', 'd']) {
      throttle.recordFailure(key)
    }
    expect(throttle.retryAfterSeconds('a')).toBe(0)
    expect(throttle.retryAfterSeconds('d')).toBeGreaterThan(0)
  })
})
