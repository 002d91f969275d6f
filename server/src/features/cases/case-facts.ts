import { In, type EntityManager } from 'typeorm'
import type { Viewer } from '../../authorization/viewer.js'
import { namedQuery } from '../../platform/db/named-query.js'
import { CaseAccessEntity } from './case-access.entity.js'
import { CaseFileEntity } from './case-file.entity.js'
import { CaseRecusalEntity } from './case-recusal.entity.js'
import type { CaseFacts, CaseReader } from './case.policy.js'

/**
 * What case.policy.ts decides from, for any number of cases in two queries (the inbox's query count
 * does not grow with its cases). Read with the manager of the operation at hand: inside a write, the
 * rules are checked against the same state the write changes.
 */
export async function factsOf(
  manager: EntityManager,
  cases: readonly Pick<CaseFileEntity, 'id' | 'eventId' | 'status'>[],
): Promise<Map<string, CaseFacts>> {
  const ids = cases.map(row => row.id)
  const [wishes, recusals] =
    ids.length === 0
      ? [[], []]
      : await Promise.all([
          manager.findBy(CaseAccessEntity, { caseId: In(ids) }),
          manager.findBy(CaseRecusalEntity, { caseId: In(ids) }),
        ])
  const wishesOf = groupBy(wishes, wish => wish.caseId)
  const recusalsOf = groupBy(recusals, recusal => recusal.caseId)
  return new Map(
    cases.map(row => [
      row.id,
      {
        eventId: row.eventId,
        status: row.status,
        wishes: wishesOf.get(row.id) ?? [],
        recusedAccountIds: new Set((recusalsOf.get(row.id) ?? []).map(recusal => recusal.accountId)),
      },
    ]),
  )
}

/** Rows grouped by a key, in their order: one pass, so long lists stay linear. */
export function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const row of rows) {
    const key = keyOf(row)
    const group = groups.get(key)
    if (group === undefined) {
      groups.set(key, [row])
    } else {
      group.push(row)
    }
  }
  return groups
}

/** The viewer as the rules of one event's cases name them: their account and their contacts there. */
export async function readerOf(manager: EntityManager, viewer: Viewer, eventId: string): Promise<CaseReader> {
  // Asked by every case request (the inbox's polls too): SQL, not a query builder (platform/db/named-query.ts).
  const rows = await namedQuery<{ id: string }>(
    manager,
    'SELECT "id" FROM "contact" WHERE "event_id" = :eventId AND "account_id" = :accountId',
    { eventId, accountId: viewer.accountId },
  )
  return { viewer, accountId: viewer.accountId, contactIds: new Set(rows.map(row => row.id)) }
}

/**
 * The case that holds a merged case's reports now, or the case itself. Merges are flattened (merging
 * a case repoints the cases merged into it), so one step is enough.
 */
export async function followMerge(
  manager: EntityManager,
  caseFile: CaseFileEntity | null,
): Promise<CaseFileEntity | null> {
  return caseFile === null || caseFile.mergedIntoId === null
    ? caseFile
    : manager.findOneBy(CaseFileEntity, { id: caseFile.mergedIntoId })
}
