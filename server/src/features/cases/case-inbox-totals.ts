import { ACKNOWLEDGE_WITHIN_MS, FOLLOW_UP_WITHIN_MS } from '@conduct-desk/shared'
import type { EntityManager } from 'typeorm'
import {
  inboxConditions,
  OPEN_STATUSES,
  overdueCondition,
  overdueParameters,
  rawQuery,
  whereOf,
  type CaseInboxFilter,
} from './case-inbox-query.js'
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

/** Kept numbers per event; a busy event's responders, their filters and pages stay far below it. */
const KEPT_PER_EVENT = 200

/**
 * The longest numbers are kept. A change publishes only inside its own process (README, PostgreSQL
 * with several processes), so another process learns of it at the latest after this long.
 */
export const KEPT_AT_MOST_MS = 10_000

/** Numbers as counted, with the instants between which they hold. */
interface Counted {
  readonly totals: CaseInboxTotals
  readonly countedAt: number
  /** The numbers hold until then: the moment the next case crosses a target. */
  readonly validUntil: number
}

interface EventTotals {
  /** Moves on at every change of a case of the event, so a count begun before it is never kept. */
  generation: number
  readonly kept: Map<string, Counted>
  /** Counts under way: requests that miss together share one (a server just started, a busy page). */
  readonly counting: Map<string, Promise<Counted>>
}

/**
 * The inbox's numbers: the one part of the inbox that reads every case of the event, so they are
 * counted once and kept until a case of the event changes (`forget`, called by the same change
 * publication that `caseInboxChanged` uses), a case crosses a target with the passing of time, or
 * KEPT_AT_MOST_MS have passed.
 *
 * Kept per viewer, and under the very list of cases they are kept from (recusals and exclusions,
 * read afresh on every request): numbers counted while a case was visible to someone are never
 * shown to them once it is not, even if a change forgot to say so (SECURITY R10, R52: counts).
 */
export class CaseInboxTotalsKeeper {
  private readonly events = new Map<string, EventTotals>()

  async totals(
    manager: EntityManager,
    reader: CaseReader,
    eventId: string,
    hiddenIds: readonly string[],
    filter: CaseInboxFilter,
    now: Date,
  ): Promise<CaseInboxTotals> {
    const event = this.eventOf(eventId)
    const key = JSON.stringify([reader.accountId, hiddenIds, filterKey(filter)])
    const at = now.getTime()
    const holds = (counted: Counted) => at >= counted.countedAt && at <= counted.validUntil
    const kept = event.kept.get(key)
    if (kept !== undefined && holds(kept)) {
      return kept.totals
    }
    const underWay = event.counting.get(key)
    if (underWay !== undefined) {
      const shared = await underWay
      if (holds(shared)) {
        return shared.totals
      }
    }
    const generation = event.generation
    const counting = countTotals(manager, reader, eventId, hiddenIds, filter, now)
    event.counting.set(key, counting)
    try {
      const counted = await counting
      if (event.generation === generation) {
        event.kept.delete(key)
        event.kept.set(key, counted)
        if (event.kept.size > KEPT_PER_EVENT) {
          event.kept.delete(event.kept.keys().next().value!)
        }
      }
      return counted.totals
    } finally {
      if (event.counting.get(key) === counting) {
        event.counting.delete(key)
      }
    }
  }

  /** A case of the event changed: its numbers are counted afresh at the next request. */
  forget(eventId: string): void {
    const event = this.eventOf(eventId)
    event.generation += 1
    event.kept.clear()
    event.counting.clear()
  }

  private eventOf(eventId: string): EventTotals {
    let event = this.events.get(eventId)
    if (event === undefined) {
      event = { generation: 0, kept: new Map(), counting: new Map() }
      this.events.set(eventId, event)
    }
    return event
  }
}

/** The filter as a key: its parts in a fixed order, empty parts left out. */
function filterKey(filter: CaseInboxFilter): string {
  return JSON.stringify(
    Object.entries(filter)
      .filter(([, value]) => value !== null && value !== undefined && value !== false && value !== '')
      .sort(([a], [b]) => a.localeCompare(b)),
  )
}

/**
 * In one scan of the cases the viewer may see: how many the filter keeps, what needs the team —
 * open cases, and those past the guide's targets — and when the next case will cross a target.
 */
async function countTotals(
  manager: EntityManager,
  reader: CaseReader,
  eventId: string,
  hiddenIds: readonly string[],
  filter: CaseInboxFilter,
  now: Date,
): Promise<Counted> {
  const { visible, narrowed } = inboxConditions(reader, eventId, hiddenIds, filter, now)
  const where = whereOf(visible)
  const matching = whereOf(narrowed)
  const matches = narrowed.length === 0 ? '1 = 1' : matching.sql
  const open = 'c."status" IN (:...openNow)'
  const lastWord = 'COALESCE(c."last_team_message_at", c."created_at")'
  const [raw] = await rawQuery<Record<string, string | number | null>>(
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
    totals: {
      total: count('total'),
      counters: {
        open: count('open'),
        overdueAcknowledge: count('overdueAcknowledge'),
        overdue: count('overdue'),
        assignedToMe: count('assignedToMe'),
        awaitingReview: count('awaitingReview'),
      },
    },
    countedAt: now.getTime(),
    validUntil: Math.min(now.getTime() + KEPT_AT_MOST_MS, ...crossings),
  }
}

/** The last instant at which a case whose clock started at `from` is still within `withinMs`. */
function dueAfter(from: string | number | null | undefined, withinMs: number): number {
  return typeof from === 'string' ? new Date(from).getTime() + withinMs : Number.POSITIVE_INFINITY
}
