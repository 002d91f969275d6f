import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import path from 'node:path'

/**
 * The data key: from DATA_KEY (base64 of 32 bytes) when set, else from `DATA_DIR/data.key`, which
 * is created with mode 0600 on first start. Keep that file out of database backups, or a backup is
 * as readable as if nothing were encrypted.
 */
export function loadDataKey(fromEnvironment: Buffer | null, dataDir: string): Buffer {
  if (fromEnvironment !== null) {
    return fromEnvironment
  }
  const file = path.join(dataDir, 'data.key')
  if (!existsSync(file)) {
    writeFileSync(file, randomBytes(32).toString('base64') + '\n', { mode: 0o600, flag: 'wx' })
  }
  if ((statSync(file).mode & 0o077) !== 0) {
    throw new Error(`${file} is readable by others; run chmod 600 on it`)
  }
  const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64')
  if (key.length !== 32) {
    throw new Error(`${file} does not hold a 32-byte key`)
  }
  return key
}
