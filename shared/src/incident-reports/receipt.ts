import { crockfordClean, crockfordGroup as group } from '../text/crockford-base32.js'

/** The public half of a receipt: `R-XXXX-XXXX` (40 bits; it only names the report). */
export const REFERENCE_PATTERN = /^R-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/
/** The secret half: five groups of four, 100 bits, so guessing it is hopeless (SECURITY R23). */
export const PASSPHRASE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/

/** A receipt from 28 random values in [0, 32): 8 for the reference, 20 for the passphrase. */
export function receiptFrom(randomValues: readonly number[]): { reference: string; passphrase: string } {
  const reference = `R-${group(randomValues.slice(0, 4))}-${group(randomValues.slice(4, 8))}`
  const secret = randomValues.slice(8, 28)
  const passphrase = [0, 4, 8, 12, 16].map(start => group(secret.slice(start, start + 4))).join('-')
  return { reference, passphrase }
}

/** Reads a typed receipt part back: case, spaces, missing hyphens and the look-alikes O→0, I/L→1. */
export function normalizeReceiptPart(typed: string, kind: 'reference' | 'passphrase'): string | null {
  const cleaned = crockfordClean(typed)
  if (kind === 'reference') {
    const body = cleaned.startsWith('R') ? cleaned.slice(1) : cleaned
    const formatted = `R-${body.slice(0, 4)}-${body.slice(4)}`
    return body.length === 8 && REFERENCE_PATTERN.test(formatted) ? formatted : null
  }
  const formatted = cleaned.match(/.{1,4}/g)?.join('-') ?? ''
  return cleaned.length === 20 && PASSPHRASE_PATTERN.test(formatted) ? formatted : null
}
