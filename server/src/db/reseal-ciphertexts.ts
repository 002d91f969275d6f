import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm'
import type { FieldCipher } from '../platform/crypto/field-cipher.js'
import { DataKeyError } from '../platform/crypto/key-ring.js'
import type { SealedColumn } from '../platform/crypto/sealed-column.js'
import type { Database } from './database.js'

/**
 * Which values to move to the current key: those still in the first format (`v1:`, no key id, no
 * associated data), or every value not under the current key (a rotation; v1 values included).
 */
export type ResealScope = 'old-format' | 'not-current-key'

export interface ResealOptions {
  /** Values re-encrypted per write transaction. */
  readonly batchSize?: number
  /** Runs after each batch is committed: progress lines, and the interruption tests stop here. */
  readonly afterBatch?: (column: SealedColumn, resealed: number) => void | Promise<void>
}

/** `v2.` + an 8-character key id + `.`: what every value under one key starts with. */
const PREFIX_LENGTH = 12
const prefixOf = (keyId: string) => `v2.${keyId}.`

function rowsOf(db: Database, column: SealedColumn): SelectQueryBuilder<ObjectLiteral> {
  const value = `row.${column.property}`
  return db.read
    .getRepository<ObjectLiteral>(column.entity)
    .createQueryBuilder('row')
    .where(`${value} IS NOT NULL`)
}

/** Values under none of `keyIds` (v1 values included: they carry no key id). */
function notUnder(query: SelectQueryBuilder<ObjectLiteral>, column: SealedColumn, keyIds: readonly string[]) {
  return query.andWhere(`SUBSTR(row.${column.property}, 1, ${PREFIX_LENGTH}) NOT IN (:...prefixes)`, {
    prefixes: keyIds.map(prefixOf),
  })
}

function inScope(db: Database, cipher: FieldCipher, column: SealedColumn, scope: ResealScope) {
  const query = rowsOf(db, column)
  return scope === 'old-format'
    ? query.andWhere(`row.${column.property} LIKE :v1`, { v1: 'v1:%' })
    : notUnder(query, column, [cipher.keyRing.current.id])
}

/**
 * Re-encrypts the values of `scope` under the current key, column by column, in batches written
 * through the write queue. Restartable: what is done is done (each value is rewritten whole, in
 * place), and a new run finds only what is left. Each write checks the value is still the one that
 * was read, so a value changed meanwhile is never overwritten with an older one.
 * @returns how many values were rewritten.
 * @throws DataKeyError when a value opens with no key of the ring (nothing of that batch written).
 */
export async function resealCiphertexts(
  db: Database,
  cipher: FieldCipher,
  columns: readonly SealedColumn[],
  scope: ResealScope,
  { batchSize = 200, afterBatch }: ResealOptions = {},
): Promise<number> {
  let total = 0
  for (const column of columns) {
    let afterId = ''
    for (;;) {
      const rows = await inScope(db, cipher, column, scope)
        .select(['row.id', `row.${column.property}`])
        .andWhere('row.id > :afterId', { afterId })
        .orderBy('row.id', 'ASC')
        .limit(batchSize)
        .getMany()
      if (rows.length === 0) {
        break
      }
      const updates = rows.map(row => {
        const id = row['id'] as string
        const stored = row[column.property] as string
        try {
          return { id, stored, resealed: cipher.reseal(stored, column.at(id)) }
        } catch (error) {
          throw new DataKeyError(
            `${column.table}.${column.column} of row ${id} cannot be read with the configured data keys (${(error as Error).message}); nothing of it was changed`,
          )
        }
      })
      await db.write(async manager => {
        for (const { id, stored, resealed } of updates) {
          await manager.update<ObjectLiteral>(
            column.entity,
            { id, [column.property]: stored },
            { [column.property]: resealed },
          )
        }
      })
      total += updates.length
      afterId = updates[updates.length - 1]!.id
      await afterBatch?.(column, updates.length)
    }
  }
  return total
}

/** How many values of each column are in `scope` (`table.column` → count, zeros left out). */
export async function countCiphertexts(
  db: Database,
  cipher: FieldCipher,
  columns: readonly SealedColumn[],
  scope: ResealScope,
): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  for (const column of columns) {
    const count = await inScope(db, cipher, column, scope).getCount()
    if (count > 0) {
      counts.set(`${column.table}.${column.column}`, count)
    }
  }
  return counts
}

/**
 * The key ids found on values that no key of the ring opens (a wrong DATA_KEY, a key file from
 * elsewhere, a key retired too early), with how many values carry each.
 */
export async function unknownKeyIds(
  db: Database,
  cipher: FieldCipher,
  columns: readonly SealedColumn[],
): Promise<Map<string, number>> {
  const found = new Map<string, number>()
  const known = cipher.keyRing.keys.map(key => key.id)
  for (const column of columns) {
    const rows = await notUnder(rowsOf(db, column), column, known)
      .select(`SUBSTR(row.${column.property}, 1, ${PREFIX_LENGTH})`, 'prefix')
      .addSelect('COUNT(*)', 'count')
      .groupBy(`SUBSTR(row.${column.property}, 1, ${PREFIX_LENGTH})`)
      .getRawMany<{ prefix: string; count: string | number }>()
    for (const { prefix, count } of rows) {
      const id = prefix.startsWith('v2.') ? prefix.slice(3, 11) : prefix.slice(0, 3)
      found.set(id, (found.get(id) ?? 0) + Number(count))
    }
  }
  return found
}
