import {
  ACKNOWLEDGE_WITHIN_MS,
  CaseStatus,
  FOLLOW_UP_WITHIN_MS,
  type CaseSeverity,
} from '@conduct-desk/shared'
import type { EntityManager, SelectQueryBuilder } from 'typeorm'
import { CaseFileEntity } from './case-file.entity.js'
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
const OPEN = [CaseStatus.New, CaseStatus.Acknowledged, CaseStatus.InReview, CaseStatus.ResolutionProposed]

/** One SQL condition on the case (alias `c`), with its parameters. */
interface Condition {
  readonly sql: string
  readonly parameters: Record<string, unknown>
}

/**
 * The inbox as SQL conditions: `visible`, the event's cases the reader may see (policy: not
 * excluded by the reporter, not recused — the same rule as `case.policy.ts`, written for the
 * database so paging and counts are right), and `narrowed`, what `filter` asks for on top.
 */
export function inboxConditions(
  reader: CaseReader,
  eventId: string,
  filter: CaseInboxFilter,
  now: Date,
): { visible: Condition[]; narrowed: Condition[] } {
  const me = reader.accountId
  const contactIds = [...reader.contactIds]
  const namesMe = (alias: string) =>
    `(${alias}."account_id" = :me${contactIds.length > 0 ? ` OR ${alias}."contact_id" IN (:...contactIds)` : ''})`
  const aReport = (condition: string, parameters: Record<string, unknown>): Condition => ({
    sql: `EXISTS (SELECT 1 FROM "incident_report" ir WHERE ir."case_id" = c."id" AND ${condition})`,
    parameters,
  })
  const visible: Condition[] = [
    { sql: 'c."event_id" = :eventId', parameters: { eventId } },
    // A merged case lives on in the case it was merged into (which carries its exclusions and recusals).
    { sql: 'c."merged_into_id" IS NULL', parameters: {} },
    {
      sql: 'NOT EXISTS (SELECT 1 FROM "case_recusal" r WHERE r."case_id" = c."id" AND r."account_id" = :me)',
      parameters: { me },
    },
    {
      sql: `NOT EXISTS (SELECT 1 FROM "case_access" x WHERE x."case_id" = c."id" AND x."kind" = 'excluded' AND ${namesMe('x')})`,
      parameters: { me, contactIds },
    },
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
      sql: `EXISTS (SELECT 1 FROM "case_access" p WHERE p."case_id" = c."id" AND p."kind" = 'preferred' AND ${namesMe('p')})`,
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

/** The cases of the event the reader may see, narrowed by `filter`: for the page of rows. */
export function inboxQuery(
  manager: EntityManager,
  reader: CaseReader,
  eventId: string,
  filter: CaseInboxFilter,
  now: Date,
): SelectQueryBuilder<CaseFileEntity> {
  const { visible, narrowed } = inboxConditions(reader, eventId, filter, now)
  return where(manager.createQueryBuilder(CaseFileEntity, 'c'), [...visible, ...narrowed])
}

/**
 * One pass over the cases the reader may see, for the numbers: `matches` is an SQL expression
 * true for those the filter keeps, so the total and the counters come from the same scan.
 */
export function inboxTotalsQuery(
  manager: EntityManager,
  reader: CaseReader,
  eventId: string,
  filter: CaseInboxFilter,
  now: Date,
): { query: SelectQueryBuilder<CaseFileEntity>; matches: string } {
  const { visible, narrowed } = inboxConditions(reader, eventId, filter, now)
  const query = where(manager.createQueryBuilder(CaseFileEntity, 'c'), visible)
  for (const condition of narrowed) {
    query.setParameters(condition.parameters)
  }
  const matches =
    narrowed.length === 0 ? '1 = 1' : narrowed.map(condition => `(${condition.sql})`).join(' AND ')
  return { query, matches }
}

function where(query: SelectQueryBuilder<CaseFileEntity>, conditions: readonly Condition[]) {
  for (const condition of conditions) {
    query.andWhere(condition.sql, condition.parameters)
  }
  return query
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
    openStatuses: OPEN,
    acknowledgeBefore: new Date(now.getTime() - ACKNOWLEDGE_WITHIN_MS).toISOString(),
    followUpBefore: new Date(now.getTime() - FOLLOW_UP_WITHIN_MS).toISOString(),
  }
}

/** When the targets fall due for one case: to acknowledge (while new), and to write to the reporter. */
export function targetsOf(caseFile: Pick<CaseFileEntity, 'status' | 'createdAt' | 'lastTeamMessageAt'>) {
  const isOpen = (OPEN as readonly string[]).includes(caseFile.status)
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
