import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import type { DataKey, KeyRing } from './key-ring.js'

/** Where a value lives: its ciphertext opens only there (SECURITY R56). */
export interface CipherPlace {
  readonly table: string
  readonly column: string
  readonly rowId: string
}

const IV_BYTES = 12
const TAG_BYTES = 16
/** `v2.<key id>.<iv>.<tag>.<ciphertext>`, each part base64url. */
const V2 = /^v2\.([A-Za-z0-9_-]{8})\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]*)$/
/** The first format: `v1:` + base64(iv | tag | ciphertext), no key id and no associated data. */
const V1_PREFIX = 'v1:'

/** The associated data: `table:column:rowId`, so a value copied to any other place fails to open. */
function associatedData({ table, column, rowId }: CipherPlace): Buffer {
  return Buffer.from(`${table}:${column}:${rowId}`, 'utf8')
}

/**
 * Encrypts sensitive column values with AES-256-GCM under the deployment's data keys, so a copy of
 * the database (or its WAL, or a backup) reveals nothing of them (SECURITY R34, R56):
 * - a fresh 96-bit nonce per value, and a 16-byte tag, which decryption insists on;
 * - the value's place (`table:column:rowId`) as associated data: a value moved to another row or
 *   column is an error, not someone else's report;
 * - the id of the key on every value, so `pnpm rotate-key` can move values to a new key while the
 *   old one still reads them.
 */
export class FieldCipher {
  private readonly columns: ReadonlySet<string>

  /**
   * @param columns every column values may be encrypted for (the features' sealed columns): a value
   * for any other place is refused, since key rotation would not know to move it to a new key.
   */
  constructor(
    readonly keyRing: KeyRing,
    columns: readonly Omit<CipherPlace, 'rowId'>[],
  ) {
    this.columns = new Set(columns.map(({ table, column }) => `${table}:${column}`))
  }

  encrypt(plaintext: string, place: CipherPlace): string {
    this.check(place)
    const { id, key } = this.keyRing.current
    const iv = randomBytes(IV_BYTES)
    const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES })
    cipher.setAAD(associatedData(place))
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
    const parts = [iv, cipher.getAuthTag(), body].map(part => part.toString('base64url'))
    return ['v2', id, ...parts].join('.')
  }

  /** @throws when the value is not of this place, was changed, or its key is not in the ring. */
  decrypt(stored: string, place: CipherPlace): string {
    this.check(place)
    const match = V2.exec(stored)
    if (match === null) {
      throw new Error(
        stored.startsWith(V1_PREFIX) ? 'a value in the old format (v1) was not upgraded' : 'not a ciphertext',
      )
    }
    const [, keyId, iv, tag, body] = match as unknown as [string, string, string, string, string]
    const key = this.keyRing.find(keyId)
    if (key === undefined) {
      throw new Error(`the data key ${keyId} of this value is not configured`)
    }
    return open(
      key,
      Buffer.from(iv, 'base64url'),
      Buffer.from(tag, 'base64url'),
      Buffer.from(body, 'base64url'),
      associatedData(place),
    )
  }

  /** The id of the key a value was encrypted with; null for the old format or anything else. */
  keyIdOf(stored: string): string | null {
    return V2.exec(stored)?.[1] ?? null
  }

  /**
   * The same value encrypted again under the current key, from any key of the ring; also reads the
   * old `v1:` format (no associated data, no key id), which only this upgrade path ever reads.
   */
  reseal(stored: string, place: CipherPlace): string {
    return this.encrypt(
      stored.startsWith(V1_PREFIX) ? this.openV1(stored) : this.decrypt(stored, place),
      place,
    )
  }

  private check({ table, column, rowId }: CipherPlace): void {
    if (!this.columns.has(`${table}:${column}`) || table.includes(':') || rowId === '') {
      throw new Error(
        `${table}.${column} is not a sealed column: declare it as a SealedColumn in its feature's manifest, so key rotation moves its values`,
      )
    }
  }

  private openV1(stored: string): string {
    const bytes = Buffer.from(stored.slice(V1_PREFIX.length), 'base64')
    if (bytes.length < IV_BYTES + TAG_BYTES) {
      throw new Error('not a ciphertext')
    }
    const iv = bytes.subarray(0, IV_BYTES)
    const tag = bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES)
    const body = bytes.subarray(IV_BYTES + TAG_BYTES)
    for (const key of this.keyRing.keys) {
      try {
        return open(key, iv, tag, body, null)
      } catch {
        // Not this key: v1 values carry no key id, so each key of the ring is tried.
      }
    }
    throw new Error('a value in the old format (v1) opens with none of the configured data keys')
  }
}

function open(key: DataKey, iv: Buffer, tag: Buffer, body: Buffer, aad: Buffer | null): string {
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) {
    throw new Error('a ciphertext needs a 12-byte nonce and a 16-byte tag')
  }
  const decipher = createDecipheriv('aes-256-gcm', key.key, iv, { authTagLength: TAG_BYTES })
  if (aad !== null) {
    decipher.setAAD(aad)
  }
  decipher.setAuthTag(tag)
  return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8')
}
