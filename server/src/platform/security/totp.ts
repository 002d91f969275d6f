import { TOTP_DIGITS, TOTP_PERIOD_SECONDS } from '@conduct-desk/shared'
import { Secret, TOTP } from 'otpauth'

/** RFC 4226 recommends 160 bits: the length of an HMAC-SHA-1 key. */
const SECRET_BYTES = 20
/** One step either side of now, for clocks a little apart (SECURITY R15). */
const WINDOW = 1

const totpOf = (secret: string, label = '', issuer = '') =>
  new TOTP({
    issuer,
    label,
    algorithm: 'SHA1',
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  })

/** A fresh random TOTP secret, base-32 as authenticator apps take it. */
export function newTotpSecret(): string {
  return new Secret({ size: SECRET_BYTES }).base32
}

/** The `otpauth://` URI an authenticator app reads from a QR code. */
export function totpUri(secret: string, label: string, issuer: string): string {
  return totpOf(secret, label, issuer).toString()
}

/** The 30-second step an instant falls in; codes are single-use per step. */
export function totpStepAt(at: Date): number {
  return TOTP.counter({ period: TOTP_PERIOD_SECONDS, timestamp: at.getTime() })
}

/**
 * The step whose code `code` is, within one step of `at`, or null when it matches none. The caller
 * accepts it only if the step is later than the last one used, so each code works once.
 */
export function matchTotpStep(secret: string, code: string, at: Date): number | null {
  const delta = totpOf(secret).validate({ token: code, timestamp: at.getTime(), window: WINDOW })
  return delta === null ? null : totpStepAt(at) + delta
}

/** The code of the step `at` falls in: for the demo's helper and for tests. */
export function totpCodeAt(secret: string, at: Date): string {
  return totpOf(secret).generate({ timestamp: at.getTime() })
}
