import 'reflect-metadata'
import { ConfigError, loadConfig } from '../config/config.js'
import { DataKeyError } from '../platform/crypto/key-ring.js'
import { rotateDataKey } from './rotate-data-key.js'

// `pnpm rotate-key`: re-encrypts every value under a new data key, with the configured database and
// DATA_DIR (the server's own settings). Stop the server first, start it again afterwards.
try {
  await rotateDataKey(loadConfig(), { say: line => process.stdout.write(`${line}\n`) })
} catch (error) {
  if (error instanceof ConfigError || error instanceof DataKeyError) {
    process.stderr.write(`Key rotation stopped: ${error.message}\n`)
    process.exit(1)
  }
  throw error
}
