import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import type { CipherPlace, FieldCipher } from './field-cipher.js'

export interface SealedFile {
  /** iv | tag | ciphertext, to write to disk. */
  readonly bytes: Buffer
  /** The file's own key, encrypted under the data key, to keep in the database. */
  readonly wrappedKey: string
}

const IV_BYTES = 12
const TAG_BYTES = 16

/**
 * Encrypts a file under its own random AES-256-GCM key, which is itself encrypted ("wrapped") by the
 * data key (SECURITY R32): one leaked file key opens one file, and nothing on disk is readable
 * without the data key. The wrapped key is bound to its row like any sealed value, so a rotation of
 * the data key re-wraps the keys and leaves the files as they are.
 */
export class FileSealer {
  constructor(private readonly cipher: FieldCipher) {}

  /** @param place where the wrapped key is kept (the attachment's row). */
  seal(plaintext: Buffer, place: CipherPlace): SealedFile {
    const key = randomBytes(32)
    const iv = randomBytes(IV_BYTES)
    const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES })
    const body = Buffer.concat([cipher.update(plaintext), cipher.final()])
    return {
      bytes: Buffer.concat([iv, cipher.getAuthTag(), body]),
      wrappedKey: this.cipher.encrypt(key.toString('base64'), place),
    }
  }

  open(sealed: Buffer, wrappedKey: string, place: CipherPlace): Buffer {
    if (sealed.length < IV_BYTES + TAG_BYTES) {
      throw new Error('not a sealed file')
    }
    const key = Buffer.from(this.cipher.decrypt(wrappedKey, place), 'base64')
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV_BYTES), {
      authTagLength: TAG_BYTES,
    })
    decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES))
    return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()])
  }
}
