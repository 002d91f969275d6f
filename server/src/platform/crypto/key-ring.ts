import { createHmac } from 'node:crypto'

/** A data key and the id that every ciphertext made with it carries. */
export interface DataKey {
  readonly id: string
  readonly key: Buffer
}

/** The data keys could not be loaded, or do not fit the data; `main` prints the message and exits 1. */
export class DataKeyError extends Error {
  override readonly name = 'DataKeyError'
}

/**
 * A key's id: 8 characters of an HMAC of a fixed label under the key. The same key always has the
 * same id, wherever it is configured (DATA_KEY or the key file), and the id tells nothing of the key.
 */
export function keyIdOf(key: Buffer): string {
  return createHmac('sha256', key).update('conduct-desk data key id').digest('base64url').slice(0, 8)
}

/**
 * The data keys a server knows: the first encrypts every new value, the others are only read, while
 * `pnpm rotate-key` moves their values to the first (ADR 0007).
 */
export class KeyRing {
  readonly keys: readonly DataKey[]

  /** @param source where the keys came from: a rotation may rewrite a file, never the environment. */
  constructor(
    keys: readonly Buffer[],
    readonly source: 'environment' | 'file',
  ) {
    if (keys.length === 0) {
      throw new DataKeyError('no data key')
    }
    this.keys = keys.map(key => {
      if (key.length !== 32) {
        throw new DataKeyError('a data key must be 32 bytes')
      }
      return { id: keyIdOf(key), key }
    })
  }

  get current(): DataKey {
    return this.keys[0]!
  }

  /** The keys that are only read: a rotation is under way while there are any. */
  get previous(): readonly DataKey[] {
    return this.keys.slice(1)
  }

  find(id: string): DataKey | undefined {
    return this.keys.find(key => key.id === id)
  }
}
