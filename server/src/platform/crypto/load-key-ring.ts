import { readKeyFile } from './key-file.js'
import { KeyRing } from './key-ring.js'

/** Where the keys come from: DATA_KEY (and DATA_KEY_PREVIOUS), or else the key file in DATA_DIR. */
export interface KeySettings {
  readonly dataKey: Buffer | null
  readonly previousDataKeys: readonly Buffer[]
  readonly dataDir: string
}

/**
 * The data keys: `DATA_KEY` first and `DATA_KEY_PREVIOUS` after it when DATA_KEY is set (the key
 * file is then not used), else `DATA_DIR/data.key`. Keep either out of database backups, or a
 * backup is as readable as if nothing were encrypted.
 */
export function loadKeyRing(settings: KeySettings): KeyRing {
  return settings.dataKey === null
    ? new KeyRing(readKeyFile(settings.dataDir), 'file')
    : new KeyRing([settings.dataKey, ...settings.previousDataKeys], 'environment')
}
