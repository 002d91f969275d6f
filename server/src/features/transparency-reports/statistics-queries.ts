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

/** Cases of one event sharing a status, first report's category and channel, and timing. */
export interface CaseTally {
  readonly eventId: string
  readonly status: string
  readonly category: string | null
  readonly channel: string
  readonly isDuringEvent: boolean
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
 * Each case's first report (by submission, then id), numbered 1 per case: its category, channel
 * and instant stand for the case.
 */
const FIRST_REPORTS = `
  SELECT r.case_id, r.category, r.channel, r.submitted_at,
    ROW_NUMBER() OVER (PARTITION BY r.case_id ORDER BY r.submitted_at, r.id) AS n
  FROM incident_report r
  WHERE r.event_id IN (:...eventIds)`

/** Counts of the editions' cases, grouped by event, status, category, channel and timing. */
export async function caseTallies(
  manager: EntityManager,
  windows: readonly EditionWindow[],
): Promise<CaseTally[]> {
  if (windows.length === 0) {
    return []
  }
  const ends = endsTable(windows)
  const rows = await namedQuery<{
    event_id: string
    status: string
    category: string | null
    channel: string
    during: number | string
    cases: number | string
    law: number | string | null
  }>(
    manager,
    `WITH ends AS (${ends.sql}), first_report AS (${FIRST_REPORTS})
    SELECT c.event_id AS event_id, c.status AS status, f.category AS category, f.channel AS channel,
      CASE WHEN f.submitted_at < ends.ends_at THEN 1 ELSE 0 END AS during,
      COUNT(*) AS cases,
      SUM(CASE WHEN c.law_enforcement_called THEN 1 ELSE 0 END) AS law
    FROM case_file c
    JOIN ends ON ends.event_id = c.event_id
    JOIN first_report f ON f.case_id = c.id AND f.n = 1
    WHERE c.event_id IN (:...eventIds) AND c.merged_into_id IS NULL
    GROUP BY c.event_id, c.status, f.category, f.channel, CASE WHEN f.submitted_at < ends.ends_at THEN 1 ELSE 0 END`,
    { ...ends.parameters, eventIds: ends.eventIds },
  )
  // PostgreSQL answers COUNT and SUM as text (bigint); SQLite as numbers.
  return rows.map(row => ({
    eventId: row.event_id,
    status: row.status,
    category: row.category,
    channel: row.channel,
    isDuringEvent: Number(row.during) === 1,
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
 * answer: its first status move (the reporter's follow-up page shows it) or the first message the
 * team wrote, whichever came first. One column of numbers per event, smallest first; no case row.
 */
export async function responseHours(
  manager: EntityManager,
  dialect: 'sqlite' | 'postgres',
  eventIds: readonly string[],
): Promise<{ eventId: string; hours: number }[]> {
  if (eventIds.length === 0) {
    return []
  }
  const hours = hoursBetweenSql(dialect, 'answered.at', 'f.submitted_at')
  const rows = await namedQuery<{ event_id: string; hours: number | string }>(
    manager,
    `WITH first_report AS (${FIRST_REPORTS}),
    answers AS (
      SELECT s.case_id, s.created_at AS at FROM case_status_change s
        JOIN case_file c ON c.id = s.case_id WHERE c.event_id IN (:...eventIds)
      UNION ALL
      SELECT m.case_id, m.created_at AS at FROM case_message m
        JOIN case_file c ON c.id = m.case_id WHERE c.event_id IN (:...eventIds) AND m.author_kind = :team
    ),
    answered AS (SELECT case_id, MIN(at) AS at FROM answers GROUP BY case_id)
    SELECT c.event_id AS event_id, ${hours} AS hours
    FROM case_file c
    JOIN first_report f ON f.case_id = c.id AND f.n = 1
    JOIN answered ON answered.case_id = c.id
    WHERE c.event_id IN (:...eventIds) AND c.merged_into_id IS NULL
    ORDER BY c.event_id, hours`,
    { eventIds, team: 'team' },
  )
  return rows.map(row => ({ eventId: row.event_id, hours: Number(row.hours) }))
}
