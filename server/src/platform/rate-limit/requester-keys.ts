import { createHmac, randomBytes } from 'node:crypto'
import type { Clock } from '../time/clock.js'

/**
 * Keys network addresses for rate limiting without keeping them: an HMAC under a key that lives
 * only in memory and changes every day, so nothing written anywhere can be tied back to an address
 * (SECURITY R22).
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
    return `addr:${createHmac('sha256', this.key)
      .update(address ?? 'unknown')
      .digest('base64url')
      .slice(0, 22)}`
  }
}
