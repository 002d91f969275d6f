import { createCipheriv, randomBytes } from 'node:crypto'

/**
 * A value as the first versions stored it: `v1:` + base64(iv | tag | ciphertext), AES-256-GCM with
 * no associated data and no key id. For tests of the upgrade to the current format.
 */
export function firstFormatCiphertext(plaintext: string, key: Buffer): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  return `v1:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`
}
