import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import type { FieldCipher } from './field-cipher.js'

export interface SealedFile {
  /** iv | tag | ciphertext, to write to disk. */
  readonly bytes: Buffer
  /** The file's own key, encrypted under the data key, to keep in the database. */
  readonly wrappedKey: string
}

/**
 * Encrypts a file under its own random AES-256-GCM key, which is itself encrypted ("wrapped") by the
 * data key (SECURITY R32): one leaked file key opens one file, and nothing on disk is readable
 * without the data key.
 */
export class FileSealer {
  constructor(private readonly cipher: FieldCipher) {}

  seal(plaintext: Buffer): SealedFile {
    const key = randomBytes(32)
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', key, iv)
    const body = Buffer.concat([cipher.update(plaintext), cipher.final()])
    return {
      bytes: Buffer.concat([iv, cipher.getAuthTag(), body]),
      wrappedKey: this.cipher.encrypt(key.toString('base64')),
    }
  }

  open(sealed: Buffer, wrappedKey: string): Buffer {
    const key = Buffer.from(this.cipher.decrypt(wrappedKey), 'base64')
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12))
    decipher.setAuthTag(sealed.subarray(12, 28))
    return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()])
  }
}
