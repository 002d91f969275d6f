/** Crockford's base-32 letters: no I, L, O, U, so codes survive being read aloud or retyped. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
/** 10 characters × 5 bits = 50 bits of randomness (the issue asks for at least 40). */
export const BOOKING_CODE_LENGTH = 10

/** `ABCDE-FGHJK`: two groups of five, easy to read out and type. */
export function formatBookingCode(raw: string): string {
  return `${raw.slice(0, 5)}-${raw.slice(5)}`
}

/**
 * Normalizes a typed booking code (case, spaces, hyphens, the look-alikes O→0 and I/L→1), or
 * returns null when it cannot be one.
 */
export function normalizeBookingCode(typed: string): string | null {
  const cleaned = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  if (cleaned.length !== BOOKING_CODE_LENGTH || [...cleaned].some(char => !ALPHABET.includes(char))) {
    return null
  }
  return cleaned
}

/** A new code from 10 random values in [0, 32) (the caller supplies the randomness). */
export function bookingCodeFrom(randomValues: readonly number[]): string {
  return randomValues
    .slice(0, BOOKING_CODE_LENGTH)
    .map(value => ALPHABET[value % ALPHABET.length])
    .join('')
}
