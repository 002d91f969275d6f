import { createHmac, randomBytes } from 'node:crypto'
import type { Clock } from '../time/clock.js'

const ADDRESS_PREFIX = 'addr:'

/** Whether a requester key stands for a network address (not a kiosk): such keys are never stored. */
export const isAddressKey = (requesterKey: string) => requesterKey.startsWith(ADDRESS_PREFIX)

/**
 * Keys network addresses for rate limiting without keeping them: an HMAC under a key that lives
 * only in memory and changes every day, so nothing written anywhere can be tied back to an address
 * (SECURITY R22). Each process has its own key, so the same address has a different key in each
 * process: limits on addresses are per process, and never reach the database.
 */
export class RequesterKeys {
  private day = ''
  private key = randomBytes(32)

  constructor(private readonly clock: Clock) {}

  forAddress(address: string | undefined): string {
    const today = this.clock.now().toISOString().slice(0, 10)
    if (today !== this.day) {
      this.day = today
      this.key = randomBytes(32)
    }
    return `${ADDRESS_PREFIX}${createHmac('sha256', this.key)
      .update(address ?? 'unknown')
      .digest('base64url')
      .slice(0, 22)}`
  }
}
