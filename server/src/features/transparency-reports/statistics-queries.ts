import type { EntityManager } from 'typeorm'
import { hoursBetweenSql, namedQuery } from '../../platform/db/named-query.js'

/**
 * The grouped queries behind the transparency statistics. They read plain columns only (statuses,
 * categories, channels, instants, the law-enforcement yes/no, action keys) and return counts, never
 * a case: nothing sealed is loaded or decrypted (docs/decisions/0016). Cases merged into another
 * never count; their reports moved to the case they were merged into.
 */

/** An edition to count, with the instant its last local day ends (its time zone's midnight after). */
export interface EditionWindow {
  readonly eventId: string
  readonly endsAt: Date
}

/** Cases of one event sharing a first report's category, channel and timing. */
export interface ReportTally {
  readonly eventId: string
  readonly category: string | null
  readonly channel: string
  readonly isDuringEvent: boolean
  readonly cases: number
}

/** Cases of one event sharing a status. */
export interface StatusTally {
  readonly eventId: string
  readonly status: string
  readonly cases: number
  readonly lawEnforcementCalled: number
}

export interface ActionTally {
  readonly eventId: string
  readonly action: string
  readonly cases: number
}

/**
 * The editions and the end of each, as a derived table of bound values (`ends`): one query counts
 * every edition at once, each against its own end.
 */
function endsTable(windows: readonly EditionWindow[]) {
  const parameters: Record<string, string> = {}
  const rows = windows.map((window, index) => {
    parameters[`e${index}`] = window.eventId
    parameters[`t${index}`] = window.endsAt.toISOString()
    return `SELECT CAST(:e${index} AS VARCHAR(36)) AS event_id, CAST(:t${index} AS VARCHAR(24)) AS ends_at`
  })
  return { sql: rows.join(' UNION ALL '), parameters, eventIds: windows.map(window => window.eventId) }
}

/**
 * The editions' cases counted by their first report (by submission, then id): its category,
 * channel, and whether it came before the edition's end. One query for every edition, each against
 * its own end; driven by the editions, so each reads only its own reports (indexed by event). A case
 * merged into another has no report left (they moved to that one), and is left out by name too.
 */
export async function reportTallies(
  manager: EntityManager,
  windows: readonly EditionWindow[],
): Promise<ReportTally[]> {
  if (windows.length === 0) {
    return []
  }
  const ends = endsTable(windows)
  const during = 'CASE WHEN r.submitted_at < ends.ends_at THEN 1 ELSE 0 END'
  const rows = await namedQuery<{
    event_id: string
    category: string | null
    channel: string
    during: number | string
    cases: number | string
  }>(
    manager,
    `WITH ends AS (${ends.sql})
    SELECT r.event_id AS event_id, r.category AS category, r.channel AS channel, ${during} AS during,
      COUNT(*) AS cases
    FROM ends
    JOIN incident_report r ON r.event_id = ends.event_id
    WHERE r.case_id NOT IN (SELECT m.id FROM case_file m
        WHERE m.event_id IN (:...eventIds) AND m.merged_into_id IS NOT NULL)
      AND NOT EXISTS (SELECT 1 FROM incident_report e
        WHERE e.case_id = r.case_id AND e.id <> r.id
          AND (e.submitted_at < r.submitted_at OR (e.submitted_at = r.submitted_at AND e.id < r.id)))
    GROUP BY r.event_id, r.category, r.channel, ${during}`,
    { ...ends.parameters, eventIds: ends.eventIds },
  )
  // PostgreSQL answers COUNT and SUM as text (bigint); SQLite as numbers.
  return rows.map(row => ({
    eventId: row.event_id,
    category: row.category,
    channel: row.channel,
    isDuringEvent: Number(row.during) === 1,
    cases: Number(row.cases),
  }))
}

/** The events' cases (merged ones left out) by status, with how many called law enforcement. */
export async function statusTallies(
  manager: EntityManager,
  eventIds: readonly string[],
): Promise<StatusTally[]> {
  if (eventIds.length === 0) {
    return []
  }
  const rows = await namedQuery<{
    event_id: string
    status: string
    cases: number | string
    law: number | string | null
  }>(
    manager,
    `SELECT c.event_id AS event_id, c.status AS status, COUNT(*) AS cases,
      SUM(CASE WHEN c.law_enforcement_called THEN 1 ELSE 0 END) AS law
    FROM case_file c
    WHERE c.event_id IN (:...eventIds) AND c.merged_into_id IS NULL
    GROUP BY c.event_id, c.status`,
    { eventIds },
  )
  return rows.map(row => ({
    eventId: row.event_id,
    status: row.status,
    cases: Number(row.cases),
    lawEnforcementCalled: Number(row.law ?? 0),
  }))
}

/**
 * Actions of the events' cases, counted once per case and key: those of each case's proposal that
 * was decided (the case moved to `decided` after it was made) and never withdrawn. A proposal sent
 * back to review is withdrawn, so its actions never count.
 */
export async function actionTallies(
  manager: EntityManager,
  eventIds: readonly string[],
): Promise<ActionTally[]> {
  if (eventIds.length === 0) {
    return []
  }
  const rows = await namedQuery<{ event_id: string; action: string; cases: number | string }>(
    manager,
    `SELECT c.event_id AS event_id, a.action AS action, COUNT(*) AS cases
    FROM case_file c
    JOIN case_action a ON a.case_id = c.id
    JOIN case_proposal p ON p.id = a.proposal_id
    WHERE c.event_id IN (:...eventIds) AND c.merged_into_id IS NULL AND p.withdrawn_at IS NULL
      AND EXISTS (SELECT 1 FROM case_status_change s
        WHERE s.case_id = c.id AND s.to_status = :decided AND s.created_at >= p.created_at)
    GROUP BY c.event_id, a.action`,
    { eventIds, decided: 'decided' },
  )
  return rows.map(row => ({ eventId: row.event_id, action: row.action, cases: Number(row.cases) }))
}

/**
 * For each answered case of the events, the hours from its first report to the team's first visible
 * answer: its first status move, which the reporter's follow-up page shows (the team's first message
 * to the reporter moves a new case to acknowledged, so it is one too). One column of numbers per
 * event, smallest first; no case row.
 */
export async function responseHours(
  manager: EntityManager,
  dialect: 'sqlite' | 'postgres',
  eventIds: readonly string[],
): Promise<{ eventId: string; hours: number }[]> {
  if (eventIds.length === 0) {
    return []
  }
  const hours = hoursBetweenSql(
    dialect,
    '(SELECT MIN(s.created_at) FROM case_status_change s WHERE s.case_id = c.id)',
    '(SELECT MIN(r.submitted_at) FROM incident_report r WHERE r.case_id = c.id)',
  )
  // Unanswered cases come back as null and are dropped here: a filter in SQL on the computed hours
  // would have SQLite evaluate both subqueries twice per case.
  const rows = await namedQuery<{ event_id: string; hours: number | string | null }>(
    manager,
    `SELECT c.event_id AS event_id, ${hours} AS hours
    FROM case_file c
    WHERE c.event_id IN (:...eventIds) AND c.merged_into_id IS NULL
    ORDER BY c.event_id, hours`,
    { eventIds },
  )
  return rows.flatMap(row =>
    row.hours === null ? [] : [{ eventId: row.event_id, hours: Number(row.hours) }],
  )
}
