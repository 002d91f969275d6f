import type { Config } from '../config/config.js'
import { createDatabase } from '../db/create-database.js'
import {
  countCiphertexts,
  resealCiphertexts,
  unknownKeyIds,
  type ResealOptions,
} from '../db/reseal-ciphertexts.js'
import { FieldCipher } from '../platform/crypto/field-cipher.js'
import { addKeyToFile, KEY_FILE, RETIRED_KEY_FILE, retirePreviousKeys } from '../platform/crypto/key-file.js'
import { DataKeyError, type KeyRing } from '../platform/crypto/key-ring.js'
import { loadKeyRing } from '../platform/crypto/load-key-ring.js'
import { entities, sealedColumns } from './features.js'

export interface RotationOptions extends ResealOptions {
  /** One line for the operator. */
  readonly say: (line: string) => void
  readonly now?: () => Date
}

const idsOf = (ring: KeyRing) => ring.previous.map(key => key.id).join(', ')

/**
 * `pnpm rotate-key` (ADR 0007). With the key file: puts a new key first in `data.key` (the old one
 * stays, only read), re-encrypts every value (and every attachment's wrapped key) under it in
 * batches through the write queue, checks that nothing is left under the old key, and only then
 * moves the old key to `data.key.retired`. Interrupted, it resumes: a key file with more than one key
 * means a rotation under way, which a new run finishes instead of adding yet another key.
 * With DATA_KEY set, the operator puts the new key there and the old one in DATA_KEY_PREVIOUS; the
 * command moves the values and says when DATA_KEY_PREVIOUS can go.
 * Run it with the server stopped: a server started before the rotation encrypts under the old key.
 * @throws DataKeyError with what to do; no value is ever lost, since the old key stays readable
 * until nothing needs it.
 */
export async function rotateDataKey(config: Config, options: RotationOptions): Promise<void> {
  const { say, now = () => new Date() } = options
  let ring = loadKeyRing(config)
  if (ring.previous.length === 0 && ring.source === 'environment') {
    throw new DataKeyError(
      'DATA_KEY is set, so the new key goes there: generate one (openssl rand -base64 32), set DATA_KEY to it and DATA_KEY_PREVIOUS to the current DATA_KEY, restart the server, then run pnpm rotate-key again.',
    )
  }
  const db = await createDatabase(config.database, entities)
  try {
    const unknown = await unknownKeyIds(db, new FieldCipher(ring, sealedColumns), sealedColumns)
    unknown.delete('v1:')
    if (unknown.size > 0) {
      throw new DataKeyError(
        `some values use data keys that are not configured (${[...unknown.keys()].join(', ')}); configure them first`,
      )
    }
    if (ring.previous.length === 0) {
      addKeyToFile(config.dataDir, ring)
      ring = loadKeyRing(config)
      say(`New data key ${ring.current.id} is first in ${KEY_FILE}; ${idsOf(ring)} stays readable meanwhile.`)
    } else {
      say(`Moving every value to data key ${ring.current.id}; still reading ${idsOf(ring)}.`)
    }
    const cipher = new FieldCipher(ring, sealedColumns)
    const moved = await resealCiphertexts(db, cipher, sealedColumns, 'not-current-key', {
      batchSize: options.batchSize,
      afterBatch: async (column, count) => {
        say(`  ${column.table}.${column.column}: ${count} re-encrypted`)
        await options.afterBatch?.(column, count)
      },
    })
    const left = await countCiphertexts(db, cipher, sealedColumns, 'not-current-key')
    if (left.size > 0) {
      const where = [...left].map(([column, count]) => `${column} (${count})`).join(', ')
      throw new DataKeyError(
        `values changed while rotating are not under the new key yet: ${where}. Is a server still running on this database? Stop it and run pnpm rotate-key again; the old key stays readable until then.`,
      )
    }
    say(`${moved} values are now under data key ${ring.current.id}.`)
    if (ring.source === 'file') {
      retirePreviousKeys(config.dataDir, ring, now())
      say(
        `Key ${idsOf(ring)} is retired to ${RETIRED_KEY_FILE}: it opens only backups made before now. Keep that file with those backups, away from the server, or delete it once they are gone. Start the server.`,
      )
    } else {
      say(`Nothing needs ${idsOf(ring)} any more: remove DATA_KEY_PREVIOUS and restart the server.`)
    }
  } finally {
    await db.close()
  }
}
