import {
  ACKNOWLEDGE_WITHIN_MS,
  CaseStatus,
  FOLLOW_UP_WITHIN_MS,
  type CaseSeverity,
} from '@conduct-desk/shared'
import type { EntityManager } from 'typeorm'
import { namedQuery as rawQuery } from '../../platform/db/named-query.js'
import type { CaseFileEntity } from './case-file.entity.js'
import type { CaseReader } from './case.policy.js'

/** What a responder narrows the inbox to; every part is optional. */
export interface CaseInboxFilter {
  readonly statuses?: readonly CaseStatus[] | null
  readonly severity?: CaseSeverity | null
  readonly category?: string | null
  readonly channel?: string | null
  readonly assignedToMe?: boolean | null
  readonly askedForMe?: boolean | null
  readonly urgent?: boolean | null
  readonly overdue?: boolean | null
  /** A code name, or part of one, or a report's reference. */
  readonly search?: string | null
}

export type CaseInboxSort = 'recent-activity' | 'newest' | 'oldest'

/** Statuses the team still works on: the overdue targets apply to these. */
export const OPEN_STATUSES = [
  CaseStatus.New,
  CaseStatus.Acknowledged,
  CaseStatus.InReview,
  CaseStatus.ResolutionProposed,
]

/** One SQL condition on the case (alias `c`), with its parameters. */
export interface Condition {
  readonly sql: string
  readonly parameters: Record<string, unknown>
}

/**
 * The inbox as SQL conditions: `visible`, the event's cases the reader may see (policy: not
 * excluded by the reporter, not recused — the same rule as `case.policy.ts`, written for the
 * database so paging and counts are right; `hiddenIds` are those the reader is kept from, read by
 * `hiddenCaseIds` in this request), and `narrowed`, what `filter` asks for on top.
 */
export function inboxConditions(
  reader: CaseReader,
  eventId: string,
  hiddenIds: readonly string[],
  filter: CaseInboxFilter,
  now: Date,
): { visible: Condition[]; narrowed: Condition[] } {
  const me = reader.accountId
  const contactIds = [...reader.contactIds]
  const aReport = (condition: string, parameters: Record<string, unknown>): Condition => ({
    sql: `EXISTS (SELECT 1 FROM "incident_report" ir WHERE ir."case_id" = c."id" AND ${condition})`,
    parameters,
  })
  const visible: Condition[] = [
    { sql: 'c."event_id" = :eventId', parameters: { eventId } },
    // A merged case lives on in the case it was merged into (which carries its exclusions and recusals).
    { sql: 'c."merged_into_id" IS NULL', parameters: {} },
    ...(hiddenIds.length === 0 ? [] : [{ sql: 'c."id" NOT IN (:...hiddenIds)', parameters: { hiddenIds } }]),
  ]
  const search = filter.search?.trim().toLowerCase()
  const narrowed: (Condition | false | null | undefined | '')[] = [
    filter.statuses &&
      filter.statuses.length > 0 && {
        sql: 'c."status" IN (:...statuses)',
        parameters: { statuses: filter.statuses },
      },
    filter.severity && { sql: 'c."severity" = :severity', parameters: { severity: filter.severity } },
    filter.assignedToMe && { sql: 'c."assigned_to_id" = :me', parameters: { me } },
    filter.askedForMe && {
      sql: `EXISTS (SELECT 1 FROM "case_access" p WHERE p."case_id" = c."id" AND p."kind" = 'preferred' AND ${namesReader('p', contactIds)})`,
      parameters: { me, contactIds },
    },
    filter.urgent && aReport('ir."is_urgent" = :urgent', { urgent: true }),
    filter.category && aReport('ir."category" = :category', { category: filter.category }),
    filter.channel && aReport('ir."channel" = :channel', { channel: filter.channel }),
    filter.overdue && { sql: overdueCondition('c'), parameters: overdueParameters(now) },
    search && {
      sql: `(LOWER(c."code_name") LIKE :pattern OR EXISTS (SELECT 1 FROM "incident_report" sr
        WHERE sr."case_id" = c."id" AND sr."reference" = :reference))`,
      parameters: { pattern: `%${search.replace(/[%_\\]/g, '')}%`, reference: search.toUpperCase() },
    },
  ]
  return { visible, narrowed: narrowed.filter((condition): condition is Condition => !!condition) }
}

/** SQL: the wish (alias) names the reader, by account or by one of their contacts at the event (`:me`, `:...contactIds`). */
function namesReader(alias: string, contactIds: readonly string[]): string {
  return `(${alias}."account_id" = :me${contactIds.length > 0 ? ` OR ${alias}."contact_id" IN (:...contactIds)` : ''})`
}

/**
 * The ids of the cases kept from the reader (`isKeptFrom` of case.policy.ts): those they stand
 * aside from, and those whose reporter excluded them (by account, or by one of their contacts at
 * the event). Read afresh on every request and from the reader's side (their recusals and the
 * wishes naming them, both indexed), so it costs what they are kept from, not what the event holds;
 * cases of other events may be among them, which changes nothing.
 */
export async function hiddenCaseIds(manager: EntityManager, reader: CaseReader): Promise<string[]> {
  const contactIds = [...reader.contactIds]
  const rows = await rawQuery<{ id: string }>(
    manager,
    `SELECT r."case_id" AS "id" FROM "case_recusal" r WHERE r."account_id" = :me
      UNION
      SELECT x."case_id" AS "id" FROM "case_access" x WHERE x."kind" = 'excluded' AND ${namesReader('x', contactIds)}`,
    { me: reader.accountId, contactIds },
  )
  return rows.map(row => row.id).sort()
}

/**
 * Runs SQL with TypeORM's named parameters (`:name`, `:...list`) without a query builder: the
 * inbox's queries are written as SQL already, and building them through TypeORM cost more than
 * running them (measured, docs/benchmarks.md).
 */
export { rawQuery }

/** The SQL `WHERE` of conditions, with their parameters merged. */
export function whereOf(conditions: readonly Condition[]): Condition {
  return {
    sql: conditions.map(condition => `(${condition.sql})`).join(' AND '),
    parameters: Object.assign({}, ...conditions.map(condition => condition.parameters)) as Record<
      string,
      unknown
    >,
  }
}

/** SQL: the case (alias `c`) missed a target — not acknowledged within a day, or no word to the reporter for a week. */
export function overdueCondition(alias: string): string {
  return `((${alias}."status" = :newStatus AND ${alias}."created_at" < :acknowledgeBefore)
    OR (${alias}."status" IN (:...openStatuses)
      AND COALESCE(${alias}."last_team_message_at", ${alias}."created_at") < :followUpBefore))`
}

export function overdueParameters(now: Date): Record<string, unknown> {
  return {
    newStatus: CaseStatus.New,
    openStatuses: OPEN_STATUSES,
    acknowledgeBefore: new Date(now.getTime() - ACKNOWLEDGE_WITHIN_MS).toISOString(),
    followUpBefore: new Date(now.getTime() - FOLLOW_UP_WITHIN_MS).toISOString(),
  }
}

/** When the targets fall due for one case: to acknowledge (while new), and to write to the reporter. */
export function targetsOf(caseFile: Pick<CaseFileEntity, 'status' | 'createdAt' | 'lastTeamMessageAt'>) {
  const isOpen = (OPEN_STATUSES as readonly string[]).includes(caseFile.status)
  return {
    acknowledgeBy:
      caseFile.status === CaseStatus.New
        ? new Date(caseFile.createdAt.getTime() + ACKNOWLEDGE_WITHIN_MS)
        : null,
    followUpBy: isOpen
      ? new Date((caseFile.lastTeamMessageAt ?? caseFile.createdAt).getTime() + FOLLOW_UP_WITHIN_MS)
      : null,
  }
}
