import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/** A 256-bit random token, base64url: session ids, invitation and setup tokens, device tokens. */
export function newToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url')
}

/**
 * Tokens are stored only as their SHA-256 (SECURITY R16, R17): a database dump gives nobody a usable
 * session or invitation. A fast hash is right here because the tokens carry 256 bits of entropy.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

/** A random UUID for row ids: opaque, so ids reveal nothing about order or count (SECURITY R11). */
export function newId(): string {
  return crypto.randomUUID()
}
