import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

const VERSION = 'v1'

/**
 * Encrypts sensitive column values with AES-256-GCM under the deployment's data key, so a copy of
 * the database (or its WAL, or a backup) reveals nothing of them (SECURITY R34). Each value gets a
 * fresh 96-bit nonce; the GCM tag makes tampering an error instead of garbage.
 */
export class FieldCipher {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) {
      throw new Error('the data key must be 32 bytes')
    }
  }

  encrypt(plaintext: string): string {
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', this.key, iv)
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
    return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`
  }

  decrypt(stored: string): string {
    const [version, payload] = stored.split(':')
    if (version !== VERSION || payload === undefined) {
      throw new Error('unknown ciphertext format')
    }
    const bytes = Buffer.from(payload, 'base64')
    const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, 12))
    decipher.setAuthTag(bytes.subarray(12, 28))
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8')
  }
}
