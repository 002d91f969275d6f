import type { EntityManager } from 'typeorm'
import type { CaseFileEntity } from './case-file.entity.js'
import { namedQuery } from '../../platform/db/named-query.js'
import type { Condition } from './case-inbox-query.js'

/** The columns of a case that an inbox row shows or decides from: never the sealed review. */
export type CaseRow = Pick<
  CaseFileEntity,
  | 'id'
  | 'eventId'
  | 'codeName'
  | 'status'
  | 'createdAt'
  | 'updatedAt'
  | 'severity'
  | 'assignedToId'
  | 'lastTeamMessageAt'
>

/** What an inbox row shows beyond the case's own columns: from its reports, entries and assignee. */
export interface RowExtras {
  readonly channel: string | null
  readonly category: string | null
  readonly isUrgent: boolean
  readonly isOngoing: boolean
  readonly isAwaitingReview: boolean
  readonly assignedToName: string | null
}

const CASE_ROW_COLUMNS = `c."id" AS "id", c."event_id" AS "eventId", c."code_name" AS "codeName",
  c."status" AS "status", c."created_at" AS "createdAt", c."updated_at" AS "updatedAt",
  c."severity" AS "severity", c."assigned_to_id" AS "assignedToId",
  c."last_team_message_at" AS "lastTeamMessageAt"`

/** The same columns, under their own names: the page is cut from them before its rows are read. */
const PAGE_COLUMNS = [
  'id',
  'event_id',
  'code_name',
  'status',
  'created_at',
  'updated_at',
  'severity',
  'assigned_to_id',
  'last_team_message_at',
]
  .map(column => `c."${column}"`)
  .join(', ')

const firstReport = (column: string) =>
  `(SELECT ir."${column}" FROM "incident_report" ir WHERE ir."case_id" = c."id"
    ORDER BY ir."submitted_at" ASC, ir."id" ASC LIMIT 1)`
const anyReport = (column: string) =>
  `CASE WHEN EXISTS (SELECT 1 FROM "incident_report" ir WHERE ir."case_id" = c."id" AND ir."${column}" = :yes)
    THEN 1 ELSE 0 END`

/** RowExtras of the case (alias `c`), in the statement that reads the case: a few index lookups per row. */
const ROW_EXTRAS = `${firstReport('channel')} AS "channel", ${firstReport('category')} AS "category",
  ${anyReport('is_urgent')} AS "isUrgent", ${anyReport('is_ongoing')} AS "isOngoing",
  CASE WHEN EXISTS (SELECT 1 FROM "case_entry" e WHERE e."case_id" = c."id"
    AND e."kind" = 'immediate-action' AND e."reviewed_at" IS NULL) THEN 1 ELSE 0 END AS "isAwaitingReview",
  (SELECT a."name" FROM "account" a WHERE a."id" = c."assigned_to_id") AS "assignedToName"`

type RawRow = Omit<CaseRow, 'createdAt' | 'updatedAt' | 'lastTeamMessageAt'> & {
  readonly createdAt: string
  readonly updatedAt: string
  readonly lastTeamMessageAt: string | null
  readonly channel: string | null
  readonly category: string | null
  readonly isUrgent: number
  readonly isOngoing: number
  readonly isAwaitingReview: number
  readonly assignedToName: string | null
}

/**
 * One page of cases with what their rows show, in one statement: the page is cut first (`where`,
 * `order`, `limit`, `offset`), so the extras are read for its rows only, whatever the event holds.
 */
export async function pageRows(
  manager: EntityManager,
  where: Condition,
  order: string,
  limit: number,
  offset: number,
): Promise<(CaseRow & RowExtras)[]> {
  const rows = await namedQuery<RawRow>(
    manager,
    `SELECT ${CASE_ROW_COLUMNS}, ${ROW_EXTRAS} FROM (
        SELECT ${PAGE_COLUMNS} FROM "case_file" c WHERE ${where.sql} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}
      ) c ORDER BY ${order}`,
    { ...where.parameters, yes: true },
  )
  return rows.map(toRow)
}

/** What the rows of these cases show beyond their own columns, by case id. */
export async function rowExtras(
  manager: EntityManager,
  ids: readonly string[],
): Promise<Map<string, RowExtras>> {
  const rows = await namedQuery<RawRow>(
    manager,
    `SELECT ${CASE_ROW_COLUMNS}, ${ROW_EXTRAS} FROM "case_file" c WHERE c."id" IN (:...ids)`,
    { ids, yes: true },
  )
  return new Map(rows.map(row => [row.id, toRow(row)]))
}

/** A raw row as the entity has it: instants are stored as ISO text, booleans as 0 or 1. */
function toRow(row: RawRow): CaseRow & RowExtras {
  return {
    ...row,
    createdAt: new Date(row.createdAt),
    updatedAt: new Date(row.updatedAt),
    lastTeamMessageAt: row.lastTeamMessageAt === null ? null : new Date(row.lastTeamMessageAt),
    isUrgent: Number(row.isUrgent) === 1,
    isOngoing: Number(row.isOngoing) === 1,
    isAwaitingReview: Number(row.isAwaitingReview) === 1,
  }
}
