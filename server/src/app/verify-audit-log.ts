import type { Config } from '../config/config.js'
import { createDatabase } from '../db/create-database.js'
import { verifyAuditChain, type VerifyOptions } from '../platform/audit/verify-audit-chain.js'
import { entities } from './features.js'

/**
 * `pnpm audit:verify` (SECURITY R39, ADR 0013): walks the whole audit chain of the configured
 * database and says in one line whether it holds, and if not, which entry is the first to break it.
 * @returns whether the chain holds (the command's exit code follows it).
 */
export async function verifyAuditLog(
  config: Config,
  say: (line: string) => void,
  options: VerifyOptions = {},
): Promise<boolean> {
  const db = await createDatabase(config.database, entities)
  try {
    const verdict = await verifyAuditChain(db.read, options)
    if (verdict.ok) {
      say(`Audit log OK: ${verdict.count} entries; head ${verdict.head.seq}:${verdict.head.hash}`)
      return true
    }
    const { seq, id, reason } = verdict.broken
    say(`Audit log BROKEN at entry ${seq} (id ${id ?? 'missing'}): ${reason}.`)
    return false
  } finally {
    await db.close()
  }
}

/** The command was called with arguments it does not understand. */
export class AuditVerifyUsageError extends Error {}

/** `--head <seq>:<hash>`: a head exported earlier, which the log must still reach unchanged. */
export function parseExpectedHead(args: readonly string[]): VerifyOptions['expectedHead'] {
  const index = args.indexOf('--head')
  if (index < 0) {
    return undefined
  }
  const match = /^(\d+):([0-9a-f]{64})$/.exec(args[index + 1] ?? '')
  if (match === null) {
    throw new AuditVerifyUsageError('--head takes <seq>:<hash>, as the last OK line printed it')
  }
  return { seq: Number(match[1]), hash: match[2] ?? '' }
}
