import type { Counters, Reservation } from './counters.js'
import { isAddressKey } from './requester-keys.js'

export interface RateLimit {
  readonly max: number
  readonly windowMs: number
}

const NOTHING_TO_SETTLE: Reservation = {
  keep: () => Promise.resolve(),
  refund: () => Promise.resolve(),
  clear: () => Promise.resolve(),
}

/**
 * Limits how often a requester (a kiosk, or a network address) does something, per window. A
 * kiosk's count is shared by every server process; an address's stays in the process that saw it
 * (SECURITY R22). Off when RATE_LIMIT=0 (benchmarks and load tests only).
 */
export class RateLimiter {
  constructor(
    private readonly counters: Counters,
    private readonly isEnabled: boolean,
  ) {}

  /** Counts one action of `requesterKey`. @throws RATE_LIMITED when over the limit. */
  async take(scope: string, requesterKey: string, limit: RateLimit): Promise<void> {
    await (await this.reserve(scope, requesterKey, limit)).keep()
  }

  /**
   * Reserves one action, for limits on outcomes (bookings made): keep it when the action is done,
   * refund it when it fails. Parallel requests each hold their own place, so none slips past.
   * @throws RATE_LIMITED when over the limit.
   */
  reserve(scope: string, requesterKey: string, limit: RateLimit): Promise<Reservation> {
    if (!this.isEnabled) {
      return Promise.resolve(NOTHING_TO_SETTLE)
    }
    return this.counters.reserve([
      { scope, key: requesterKey, rule: limit, isLocal: isAddressKey(requesterKey) },
    ])
  }
}
