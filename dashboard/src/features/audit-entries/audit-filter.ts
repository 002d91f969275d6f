import type { LocationQuery, LocationQueryRaw } from 'vue-router'

/** The audit view's filters as the address keeps them: ids and local days, never names. */
export interface AuditFilter {
  readonly person: string
  readonly caseId: string
  /** Local days, `YYYY-MM-DD`, or ''. */
  readonly fromDay: string
  readonly toDay: string
}

const text = (value: LocationQuery[string] | undefined) => (typeof value === 'string' ? value : '')

export function filterFromQuery(query: LocationQuery): AuditFilter {
  return {
    person: text(query['person']),
    caseId: text(query['case']),
    fromDay: text(query['from']),
    toDay: text(query['to']),
  }
}

/** The query string of a filter, without the empty parts. */
export function queryOfFilter(filter: AuditFilter): LocationQueryRaw {
  const pairs = { person: filter.person, case: filter.caseId, from: filter.fromDay, to: filter.toDay }
  return Object.fromEntries(Object.entries(pairs).filter(([, value]) => value !== ''))
}

/**
 * What the server is asked: whole local days of this computer, from the first instant of the first
 * day to the last instant of the last.
 */
export function serverFilter(filter: AuditFilter) {
  const dayStart = (day: string) => new Date(`${day}T00:00:00`).toISOString()
  const dayEnd = (day: string) => new Date(`${day}T23:59:59.999`).toISOString()
  return {
    accountId: filter.person || null,
    caseId: filter.caseId.trim() || null,
    from: filter.fromDay ? dayStart(filter.fromDay) : null,
    to: filter.toDay ? dayEnd(filter.toDay) : null,
  }
}
