import type { Config } from '../config/config.js'
import type { Database } from '../db/database.js'
import { countCiphertexts, resealCiphertexts, unknownKeyIds } from '../db/reseal-ciphertexts.js'
import { FieldCipher } from '../platform/crypto/field-cipher.js'
import { RETIRED_KEY_FILE } from '../platform/crypto/key-file.js'
import { DataKeyError } from '../platform/crypto/key-ring.js'
import { loadKeyRing } from '../platform/crypto/load-key-ring.js'
import type { Logger } from '../platform/logging/logger.js'
import { sealedColumns } from './features.js'

/**
 * The field cipher, once the data fits the configured keys (ADR 0007):
 * 1. values still in the first format (`v1:`) are re-encrypted in the current one, bound to their
 *    place, so the cipher never reads the old format again;
 * 2. the server refuses to start while any value carries a key id the ring does not know: running
 *    on would split the data across keys nobody can find later, and the operator would learn it
 *    only when a responder opens an old case. The message says which keys are missing.
 * @throws DataKeyError (main prints it and exits 1); nothing is changed then.
 */
export async function openFieldCipher(config: Config, db: Database, log: Logger): Promise<FieldCipher> {
  const cipher = new FieldCipher(loadKeyRing(config), sealedColumns)
  const missing = await unknownKeyIds(db, cipher, sealedColumns)
  missing.delete('v1:')
  if (missing.size > 0) {
    const list = [...missing].map(([id, count]) => `${id} (${count} values)`).join(', ')
    throw new DataKeyError(
      `encrypted values use data keys that are not configured: ${list}. Configure the key they were made with (DATA_KEY_PREVIOUS, or a line of DATA_DIR/data.key; a finished rotation keeps old keys in ${RETIRED_KEY_FILE}) and start again.`,
    )
  }
  const upgraded = await resealCiphertexts(db, cipher, sealedColumns, 'old-format')
  if (upgraded > 0) {
    log.info({ upgraded }, 'encrypted values moved to the v2 format (key id, bound to their place)')
  }
  if (cipher.keyRing.previous.length > 0) {
    const pending = [...(await countCiphertexts(db, cipher, sealedColumns, 'not-current-key')).values()]
    log.warn(
      {
        previousKeys: cipher.keyRing.previous.map(key => key.id),
        values: pending.reduce((a, b) => a + b, 0),
      },
      'a data key rotation is under way: run pnpm rotate-key to finish it',
    )
  }
  return cipher
}
