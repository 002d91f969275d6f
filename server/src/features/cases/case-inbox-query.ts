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

/**
 * The inbox as SQL: the event's cases the reader may see (policy: not excluded by the reporter, not
 * recused — the same rule as `case.policy.ts`, written for the database so paging and counts are
 * right) narrowed by `filter`. A fixed number of queries whatever the number of cases.
 */
export function inboxQuery(
  manager: EntityManager,
  reader: CaseReader,
  eventId: string,
  filter: CaseInboxFilter,
  now: Date,
): SelectQueryBuilder<CaseFileEntity> {
  const contactIds = [...reader.contactIds]
  const query = manager
    .createQueryBuilder(CaseFileEntity, 'c')
    .where('c."event_id" = :eventId', { eventId })
    .andWhere(
      'NOT EXISTS (SELECT 1 FROM "case_recusal" r WHERE r."case_id" = c."id" AND r."account_id" = :me)',
      { me: reader.accountId },
    )
    .andWhere(
      `NOT EXISTS (SELECT 1 FROM "case_access" x WHERE x."case_id" = c."id" AND x."kind" = 'excluded'
        AND (x."account_id" = :me${contactIds.length > 0 ? ' OR x."contact_id" IN (:...contactIds)' : ''}))`,
      { me: reader.accountId, contactIds },
    )
  if (filter.statuses && filter.statuses.length > 0) {
    query.andWhere('c."status" IN (:...statuses)', { statuses: filter.statuses })
  }
  if (filter.severity) {
    query.andWhere('c."severity" = :severity', { severity: filter.severity })
  }
  if (filter.assignedToMe) {
    query.andWhere('c."assigned_to_id" = :me', { me: reader.accountId })
  }
  if (filter.askedForMe) {
    query.andWhere(
      `EXISTS (SELECT 1 FROM "case_access" p WHERE p."case_id" = c."id" AND p."kind" = 'preferred'
        AND (p."account_id" = :me${contactIds.length > 0 ? ' OR p."contact_id" IN (:...contactIds)' : ''}))`,
      { me: reader.accountId, contactIds },
    )
  }
  const aReport = (condition: string, parameters: Record<string, unknown>) =>
    query.andWhere(
      `EXISTS (SELECT 1 FROM "incident_report" ir WHERE ir."case_id" = c."id" AND ${condition})`,
      parameters,
    )
  if (filter.urgent) {
    aReport('ir."is_urgent" = :urgent', { urgent: true })
  }
  if (filter.category) {
    aReport('ir."category" = :category', { category: filter.category })
  }
  if (filter.channel) {
    aReport('ir."channel" = :channel', { channel: filter.channel })
  }
  if (filter.overdue) {
    query.andWhere(overdueCondition('c'), overdueParameters(now))
  }
  const search = filter.search?.trim().toLowerCase()
  if (search) {
    query.andWhere(
      `(LOWER(c."code_name") LIKE :pattern OR EXISTS (SELECT 1 FROM "incident_report" sr
        WHERE sr."case_id" = c."id" AND sr."reference" = :reference))`,
      { pattern: `%${search.replace(/[%_\\]/g, '')}%`, reference: search.toUpperCase() },
    )
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
