import type { Clock } from '../time/clock.js'

interface Entry {
  failures: number[]
  lockouts: number
  lockedUntil: number
}

export interface ThrottleOptions {
  /** Failures allowed inside `windowMs` before the key is locked. */
  readonly maxFailures: number
  readonly windowMs: number
  /** The first lock lasts this long; each further lock doubles it. */
  readonly baseLockMs: number
  /** Keys kept at most; the oldest are forgotten first, so memory stays bounded under a flood. */
  readonly maxKeys: number
}

/**
 * Counts failures per key (an account's email, a receipt lookup's source) and locks the key with
 * exponential back-off once they pile up. It counts operations, not HTTP requests, so batching or
 * aliases cannot buy extra guesses (SECURITY R12). Kept in memory: several server processes each
 * keep their own count, which only makes a guesser slower, never faster.
 */
export class FailureThrottle {
  private readonly entries = new Map<string, Entry>()

  constructor(
    private readonly clock: Clock,
    private readonly options: ThrottleOptions,
  ) {}

  /** Seconds until `key` may try again, or 0 when it may try now. */
  retryAfterSeconds(key: string): number {
    const entry = this.entries.get(key)
    const wait = entry === undefined ? 0 : entry.lockedUntil - this.clock.now().getTime()
    return wait > 0 ? Math.ceil(wait / 1000) : 0
  }

  recordFailure(key: string): void {
    const now = this.clock.now().getTime()
    const entry = this.entries.get(key) ?? { failures: [], lockouts: 0, lockedUntil: 0 }
    entry.failures = entry.failures.filter(at => now - at < this.options.windowMs)
    entry.failures.push(now)
    if (entry.failures.length >= this.options.maxFailures) {
      entry.lockedUntil = now + this.options.baseLockMs * 2 ** entry.lockouts
      entry.lockouts += 1
      entry.failures = []
    }
    this.entries.delete(key)
    this.entries.set(key, entry)
    if (this.entries.size > this.options.maxKeys) {
      const oldest = this.entries.keys().next().value
      if (oldest !== undefined) {
        this.entries.delete(oldest)
      }
    }
  }

  recordSuccess(key: string): void {
    this.entries.delete(key)
  }
}
