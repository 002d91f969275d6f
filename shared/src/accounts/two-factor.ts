import { crockfordClean, crockfordGroup } from '../text/crockford-base32.js'

/** RFC 6238 as every authenticator app reads it: SHA-1, six digits, a new code every 30 seconds. */
export const TOTP_DIGITS = 6
export const TOTP_PERIOD_SECONDS = 30
/** Recovery codes given at enrolment, each usable once (SECURITY R15). */
export const RECOVERY_CODE_COUNT = 10
/** Codes one pending sign-in may try before the password is asked again (SECURITY R12). */
export const SIGN_IN_CODE_ATTEMPTS = 5
/** Sensitive actions need a password or code given within this many minutes (SECURITY R19). */
export const STEP_UP_MAX_AGE_MINUTES = 5

/** Four groups of four Crockford characters: 80 random bits, so a fast hash is enough at rest. */
export const RECOVERY_CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/
const RECOVERY_CODE_LENGTH = 16

/** A code typed at sign-in or step-up, read back whatever spaces or hyphens it was typed with. */
export type OneTimeCode =
  { readonly kind: 'totp'; readonly code: string } | { readonly kind: 'recovery'; readonly code: string }

/**
 * Tells a six-digit authenticator code from a recovery code. Spaces anywhere are dropped (apps show
 * `123 456`), so "the same code with spaces" is the same code and is refused on reuse.
 * @returns null when the text is neither
 */
export function readOneTimeCode(typed: string): OneTimeCode | null {
  const digits = typed.replace(/[\s-]/g, '')
  if (new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(digits)) {
    return { kind: 'totp', code: digits }
  }
  const cleaned = crockfordClean(typed)
  const formatted = cleaned.match(/.{1,4}/g)?.join('-') ?? ''
  return cleaned.length === RECOVERY_CODE_LENGTH && RECOVERY_CODE_PATTERN.test(formatted)
    ? { kind: 'recovery', code: formatted }
    : null
}

/** A recovery code from 16 random values in [0, 32). */
export function recoveryCodeFrom(randomValues: readonly number[]): string {
  return [0, 4, 8, 12].map(start => crockfordGroup(randomValues.slice(start, start + 4))).join('-')
}
