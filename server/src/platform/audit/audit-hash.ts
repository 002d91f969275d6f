import { createHash } from 'node:crypto'

/** The `prevHash` of the first entry. */
export const GENESIS_HASH = '0'.repeat(64)

/** An entry as it is hashed: every stored field except the hash itself. */
export interface HashedFields {
  readonly seq: number
  readonly id: string
  readonly at: string
  readonly actorId: string | null
  readonly action: string
  readonly objectType: string
  readonly objectId: string
  readonly scopeId: string | null
  readonly prevHash: string
}

/**
 * Canonical JSON of a flat record of strings, integers and nulls: keys sorted by code unit, no
 * whitespace. For such values this is exactly RFC 8785 (JCS), so any other tool can recompute it.
 */
export function canonicalJson(record: Readonly<Record<string, string | number | null>>): string {
  const keys = Object.keys(record).sort()
  return `{${keys.map(key => `${JSON.stringify(key)}:${JSON.stringify(record[key])}`).join(',')}}`
}

/** SECURITY R39: SHA-256 (hex) of `canonicalJSON(entry without hash) || prevHash`. */
export function hashOfEntry(fields: HashedFields): string {
  const { seq, id, at, actorId, action, objectType, objectId, scopeId, prevHash } = fields
  const json = canonicalJson({ seq, id, at, actorId, action, objectType, objectId, scopeId, prevHash })
  return createHash('sha256').update(json, 'utf8').update(prevHash, 'utf8').digest('hex')
}
