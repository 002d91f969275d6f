import type { Clock } from '../time/clock.js'

/**
 * A small in-process cache for what the public reads most (the kiosk polls its event every minute
 * from every screen and phone). Entries live `ttlMs` at most, so another server process's change
 * shows within that time; this process's own changes clear the cache at once.
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, { value: Promise<V>; expiresAt: number }>()

  constructor(
    private readonly clock: Clock,
    private readonly ttlMs: number,
    private readonly maxEntries = 1000,
  ) {}

  /** The cached value of `key`, or the one `load` gives (shared by concurrent callers). */
  get(key: string, load: () => Promise<V>): Promise<V> {
    const now = this.clock.now().getTime()
    const hit = this.entries.get(key)
    if (hit !== undefined && hit.expiresAt > now) {
      return hit.value
    }
    const value = load()
    this.entries.set(key, { value, expiresAt: now + this.ttlMs })
    // A failed load is not kept: the next caller tries again.
    value.catch(() => this.entries.delete(key))
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value
      if (oldest !== undefined) {
        this.entries.delete(oldest)
      }
    }
    return value
  }

  clear(): void {
    this.entries.clear()
  }
}
