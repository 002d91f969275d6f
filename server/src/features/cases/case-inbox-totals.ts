import { ACKNOWLEDGE_WITHIN_MS, FOLLOW_UP_WITHIN_MS } from '@conduct-desk/shared'
import type { EntityManager } from 'typeorm'
import {
  inboxConditions,
  OPEN_STATUSES,
  overdueCondition,
  overdueParameters,
  whereOf,
  type CaseInboxFilter,
} from './case-inbox-query.js'
import { namedQuery } from '../../platform/db/named-query.js'
import { KEPT_AT_MOST_MS, type Kept } from './case-inbox-keeper.js'
import type { CaseInboxCounters } from './case-inbox.type.js'
import type { CaseReader } from './case.policy.js'

/** How many cases the filter keeps, and what needs the team, over the cases the viewer may see. */
export interface CaseInboxTotals {
  readonly total: number
  readonly counters: CaseInboxCounters
}

/** SQL: the case (alias `c`) has an immediate action the team has not reviewed yet. */
const AWAITING_REVIEW = `EXISTS (SELECT 1 FROM "case_entry" e WHERE e."case_id" = c."id"
  AND e."kind" = 'immediate-action' AND e."reviewed_at" IS NULL)`

/** The filter as a key: its parts in a fixed order, empty parts left out. */
export function filterKey(filter: CaseInboxFilter): string {
  return JSON.stringify(
    Object.entries(filter)
      .filter(([, value]) => value !== null && value !== undefined && value !== false && value !== '')
      .sort(([a], [b]) => a.localeCompare(b)),
  )
}

/**
 * In one scan of the cases the viewer may see: how many the filter keeps, what needs the team —
 * open cases, and those past the guide's targets — and when the next case will cross a target
 * (until then the numbers, and each case's overdue mark, change only when a case does).
 */
export async function countTotals(
  manager: EntityManager,
  reader: CaseReader,
  eventId: string,
  hiddenIds: readonly string[],
  filter: CaseInboxFilter,
  now: Date,
): Promise<Kept<CaseInboxTotals>> {
  const { visible, narrowed } = inboxConditions(reader, eventId, hiddenIds, filter, now)
  const where = whereOf(visible)
  const matching = whereOf(narrowed)
  const matches = narrowed.length === 0 ? '1 = 1' : matching.sql
  const open = 'c."status" IN (:...openNow)'
  const lastWord = 'COALESCE(c."last_team_message_at", c."created_at")'
  const [raw] = await namedQuery<Record<string, string | number | null>>(
    manager,
    `SELECT SUM(CASE WHEN ${matches} THEN 1 ELSE 0 END) AS "total",
      SUM(CASE WHEN ${open} THEN 1 ELSE 0 END) AS "open",
      SUM(CASE WHEN c."status" = :newStatus AND c."created_at" < :acknowledgeBefore THEN 1 ELSE 0 END) AS "overdueAcknowledge",
      SUM(CASE WHEN ${overdueCondition('c')} THEN 1 ELSE 0 END) AS "overdue",
      SUM(CASE WHEN ${open} AND c."assigned_to_id" = :me THEN 1 ELSE 0 END) AS "assignedToMe",
      SUM(CASE WHEN ${AWAITING_REVIEW} THEN 1 ELSE 0 END) AS "awaitingReview",
      MIN(CASE WHEN c."status" = :newStatus AND c."created_at" >= :acknowledgeBefore THEN c."created_at" END) AS "nextAcknowledge",
      MIN(CASE WHEN ${open} AND ${lastWord} >= :followUpBefore THEN ${lastWord} END) AS "nextFollowUp"
    FROM "case_file" c WHERE ${where.sql}`,
    {
      ...where.parameters,
      ...matching.parameters,
      ...overdueParameters(now),
      openNow: OPEN_STATUSES,
      me: reader.accountId,
    },
  )
  const count = (key: string) => Number(raw?.[key] ?? 0)
  // The numbers change with time alone when a case passes a target: not before the first one does.
  const crossings = [
    dueAfter(raw?.['nextAcknowledge'], ACKNOWLEDGE_WITHIN_MS),
    dueAfter(raw?.['nextFollowUp'], FOLLOW_UP_WITHIN_MS),
  ]
  return {
    value: {
      total: count('total'),
      counters: {
        open: count('open'),
        overdueAcknowledge: count('overdueAcknowledge'),
        overdue: count('overdue'),
        assignedToMe: count('assignedToMe'),
        awaitingReview: count('awaitingReview'),
      },
    },
    readAt: now.getTime(),
    validUntil: Math.min(now.getTime() + KEPT_AT_MOST_MS, ...crossings),
  }
}

/** The last instant at which a case whose clock started at `from` is still within `withinMs`. */
function dueAfter(from: string | number | null | undefined, withinMs: number): number {
  return typeof from === 'string' ? new Date(from).getTime() + withinMs : Number.POSITIVE_INFINITY
}
