import { CASE_SEVERITIES, CASE_STATUSES, REPORT_CHANNELS, caseStatusName } from '@conduct-desk/shared'
import type { LocationQuery } from 'vue-router'
import type { CaseInboxSort, CaseSeverity, CaseStatus } from '@/graphql/generated/graphql'
import { DEFAULT_SORT, NO_FILTER, type InboxFilter, type InboxView } from './cases.store'

export const INBOX_SORTS: readonly CaseInboxSort[] = ['RECENT_ACTIVITY', 'NEWEST', 'OLDEST']
const STATUS_NAMES: readonly string[] = CASE_STATUSES.map(caseStatusName)
const SEVERITY_NAMES: readonly string[] = CASE_SEVERITIES.map(severity => severity.toUpperCase())
const CHANNELS: readonly string[] = REPORT_CHANNELS
const FLAGS = ['urgent', 'overdue', 'assignedToMe', 'askedForMe'] as const
/** As long as the server takes a search or category. */
const TEXT_MAX_LENGTH = 100

function all(query: LocationQuery, key: string): string[] {
  const value = query[key]
  return (Array.isArray(value) ? value : [value]).filter(
    (entry): entry is string => typeof entry === 'string',
  )
}

const one = (query: LocationQuery, key: string) => all(query, key)[0] ?? ''
const oneOf = (value: string, allowed: readonly string[]) => (allowed.includes(value) ? value : '')

/**
 * The inbox's view as its URL keeps it, so a reload or the back button shows the same cases. A hand-edited
 * or old URL never breaks the page: what is not understood is left out.
 */
export function viewFromQuery(query: LocationQuery): InboxView {
  const filter: InboxFilter = {
    ...NO_FILTER,
    statuses: all(query, 'status').filter(name => STATUS_NAMES.includes(name)) as CaseStatus[],
    severity: oneOf(one(query, 'severity'), SEVERITY_NAMES) as CaseSeverity | '',
    category: one(query, 'category').slice(0, TEXT_MAX_LENGTH),
    channel: oneOf(one(query, 'channel'), CHANNELS),
    search: one(query, 'search').slice(0, TEXT_MAX_LENGTH),
  }
  for (const flag of FLAGS) {
    filter[flag] = one(query, flag) === '1'
  }
  const sort = (oneOf(one(query, 'sort'), INBOX_SORTS) || DEFAULT_SORT) as CaseInboxSort
  const page = Number.parseInt(one(query, 'page'), 10)
  return { filter, sort, page: Number.isSafeInteger(page) && page > 1 ? page : 1 }
}

/** The URL query of a view: only what differs from the plain inbox, so the plain inbox has a plain URL. */
export function queryFromView({ filter, sort, page }: InboxView): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {}
  if (filter.statuses?.length) {
    query['status'] = [...filter.statuses]
  }
  for (const key of ['severity', 'category', 'channel'] as const) {
    if (filter[key] !== '') {
      query[key] = filter[key]
    }
  }
  for (const flag of FLAGS) {
    if (filter[flag]) {
      query[flag] = '1'
    }
  }
  if (filter.search.trim() !== '') {
    query['search'] = filter.search.trim()
  }
  if (sort !== DEFAULT_SORT) {
    query['sort'] = sort
  }
  if (page > 1) {
    query['page'] = String(page)
  }
  return query
}

/** Whether the view narrows the cases at all (the order and page do not). */
export function isFiltered(filter: InboxFilter): boolean {
  return Object.keys(queryFromView({ filter, sort: DEFAULT_SORT, page: 1 })).length > 0
}
