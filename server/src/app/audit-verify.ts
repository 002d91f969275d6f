import 'reflect-metadata'
import { ConfigError, loadConfig } from '../config/config.js'
import { AuditVerifyUsageError, parseExpectedHead, verifyAuditLog } from './verify-audit-log.js'

// `pnpm audit:verify [-- --head <seq>:<hash>]`: checks the audit chain of the configured database
// (the server's own settings). Exit code 0 when it holds, 1 naming the first broken entry.
const say = (line: string) => process.stdout.write(`${line}\n`)
try {
  const isSound = await verifyAuditLog(loadConfig(), say, { expectedHead: parseExpectedHead(process.argv) })
  process.exitCode = isSound ? 0 : 1
} catch (error) {
  if (error instanceof ConfigError || error instanceof AuditVerifyUsageError) {
    process.stderr.write(`Audit check stopped: ${error.message}\n`)
    process.exit(1)
  }
  throw error
}
