import { caseStatusName, isCaseStatus, isOpenCaseStatus } from '@conduct-desk/shared'
import type { EventEntity } from '../events/event.entity.js'
import type { ActionTally, ReportTally, StatusTally } from './statistics-queries.js'
import type { CountByKey, EditionStatistics, TransparencyStatistics } from './transparency-statistics.type.js'

/** Sums counts by key; zero rows left out; most first, then by key (stable for the reader). */
export function countsByKey(pairs: Iterable<readonly [string, number]>): CountByKey[] {
  const sums = new Map<string, number>()
  for (const [key, count] of pairs) {
    sums.set(key, (sums.get(key) ?? 0) + count)
  }
  return [...sums]
    .filter(([, count]) => count > 0)
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
}

/** The middle of numbers sorted smallest first (the mean of the two middle ones); null for none. */
export function medianOfSorted(sorted: readonly number[]): number | null {
  if (sorted.length === 0) {
    return null
  }
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** Cases per 100 attendees, to two decimals; null when the event gave no count. */
export function per100(cases: number, attendees: number | null): number | null {
  return attendees === null || attendees === 0 ? null : Math.round((cases / attendees) * 10_000) / 100
}

/** An attendance figure, or null when the event left it at 0 (not said). */
export function attendance(count: number): number | null {
  return count > 0 ? count : null
}

function totals(tallies: readonly ReportTally[]) {
  const reports = tallies.reduce((sum, tally) => sum + tally.cases, 0)
  const during = tallies.filter(tally => tally.isDuringEvent).reduce((sum, tally) => sum + tally.cases, 0)
  return { reports, reportsDuringEvent: during, reportsAfterEvent: reports - during }
}

/** One row of the history table. */
export function editionOf(event: EventEntity, tallies: readonly ReportTally[]): EditionStatistics {
  return {
    eventSlug: event.slug,
    eventName: event.name,
    year: Number(event.startsOn.slice(0, 4)),
    attendeesInPerson: attendance(event.attendeesInPerson),
    attendeesOnline: attendance(event.attendeesOnline),
    ...totals(tallies),
  }
}

/** What the event's own counts (and its editions' rows) make: the figures of the report. */
export function statisticsOf(input: {
  readonly event: EventEntity
  readonly reports: readonly ReportTally[]
  readonly statuses: readonly StatusTally[]
  readonly actions: readonly ActionTally[]
  readonly sortedResponseHours: readonly number[]
  readonly history: EditionStatistics[]
}): TransparencyStatistics {
  const { event, reports, statuses } = input
  const counted = totals(reports)
  const attendeesInPerson = attendance(event.attendeesInPerson)
  const attendeesOnline = attendance(event.attendeesOnline)
  const median = medianOfSorted(input.sortedResponseHours)
  return {
    ...counted,
    lawEnforcementCalled: statuses.reduce((sum, tally) => sum + tally.lawEnforcementCalled, 0),
    byCategory: countsByKey(reports.map(tally => [tally.category ?? 'uncategorized', tally.cases])),
    byAction: countsByKey(input.actions.map(tally => [tally.action, tally.cases])),
    byChannel: countsByKey(reports.map(tally => [tally.channel, tally.cases])),
    byStatus: countsByKey(
      statuses.map(tally => [
        isCaseStatus(tally.status) ? caseStatusName(tally.status) : tally.status,
        tally.cases,
      ]),
    ),
    history: input.history,
    attendeesInPerson,
    attendeesOnline,
    reportsPer100InPerson: per100(counted.reports, attendeesInPerson),
    reportsPer100Online: per100(counted.reports, attendeesOnline),
    medianHoursToFirstResponse: median === null ? null : Math.round(median * 10) / 10,
    openCases: statuses
      .filter(tally => isCaseStatus(tally.status) && isOpenCaseStatus(tally.status))
      .reduce((sum, tally) => sum + tally.cases, 0),
  }
}
