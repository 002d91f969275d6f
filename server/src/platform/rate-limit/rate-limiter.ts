import { rateLimited } from '../errors/domain-error.js'
import type { Clock } from '../time/clock.js'

export interface RateLimit {
  readonly max: number
  readonly windowMs: number
}

/**
 * Counts actions per key in a sliding window and refuses the one over the limit with RATE_LIMITED.
 * Off when RATE_LIMIT=0 (benchmarks and load tests only). In memory, bounded in keys.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>()

  constructor(
    private readonly clock: Clock,
    private readonly enabled: boolean,
    private readonly maxKeys = 100_000,
  ) {}

  /** Records one action of `key` under `limit`. @throws RATE_LIMITED when over the limit. */
  take(scope: string, key: string, limit: RateLimit): void {
    this.check(scope, key, limit)
    this.record(scope, key, limit)
  }

  /** Refuses when `key` has used up `limit`, without counting this call. @throws RATE_LIMITED. */
  check(scope: string, key: string, limit: RateLimit): void {
    if (!this.enabled) {
      return
    }
    const now = this.clock.now().getTime()
    const recent = (this.hits.get(`${scope}:${key}`) ?? []).filter(at => now - at < limit.windowMs)
    if (recent.length >= limit.max) {
      throw rateLimited(Math.ceil((limit.windowMs - (now - (recent[0] ?? now))) / 1000))
    }
  }

  /** Counts one action that succeeded (for limits on outcomes, such as bookings made). */
  record(scope: string, key: string, limit: RateLimit): void {
    if (!this.enabled) {
      return
    }
    const now = this.clock.now().getTime()
    const id = `${scope}:${key}`
    const recent = (this.hits.get(id) ?? []).filter(at => now - at < limit.windowMs)
    recent.push(now)
    this.hits.delete(id)
    this.hits.set(id, recent)
    if (this.hits.size > this.maxKeys) {
      const oldest = this.hits.keys().next().value
      if (oldest !== undefined) {
        this.hits.delete(oldest)
      }
    }
  }
}
