import { CASE_INBOX_PAGE_MAX, CaseStatus, Role } from '@conduct-desk/shared'
import { In, IsNull } from 'typeorm'
import { holdsRole, type Viewer } from '../../authorization/viewer.js'
import type { Database } from '../../db/database.js'
import { forbidden, notFound } from '../../platform/errors/domain-error.js'
import type { Clock } from '../../platform/time/clock.js'
import { AccountEntity } from '../accounts/account.entity.js'
import { CaseEntryEntity } from './case-entry.entity.js'
import { factsOf, followMerge, groupBy, readerOf } from './case-facts.js'
import { CaseFileEntity } from './case-file.entity.js'
import {
  inboxQuery,
  inboxTotalsQuery,
  overdueCondition,
  overdueParameters,
  targetsOf,
  type CaseInboxFilter,
  type CaseInboxSort,
} from './case-inbox-query.js'
import { canView, isRequestedFrom, type CaseReader } from './case.policy.js'
import type { CaseInboxCounters, CaseInboxPage } from './case-inbox.type.js'
import type { CaseSummary } from './case.type.js'
import { IncidentReportEntity } from './incident-report.entity.js'

const SORTS: Record<CaseInboxSort, [string, 'ASC' | 'DESC']> = {
  'recent-activity': ['c.updatedAt', 'DESC'],
  newest: ['c.createdAt', 'DESC'],
  oldest: ['c.createdAt', 'ASC'],
}

/** SQL: the case (alias `c`) has an immediate action the team has not reviewed yet. */
const AWAITING_REVIEW = `EXISTS (SELECT 1 FROM "case_entry" e WHERE e."case_id" = c."id"
  AND e."kind" = 'immediate-action' AND e."reviewed_at" IS NULL)`

const OPEN_STATUSES = [
  CaseStatus.New,
  CaseStatus.Acknowledged,
  CaseStatus.InReview,
  CaseStatus.ResolutionProposed,
]

/** The topic on which an event's inbox changes; each subscriber re-reads what they may see. */
export const caseInboxTopic = (eventId: string) => `CASE_INBOX:${eventId}`

/** What a change to a case publishes: which case, so a subscriber it is hidden from hears nothing. */
export interface CaseChange {
  readonly caseId: string
}

/** Tells the event's open inboxes that a case arrived or changed. */
export type PublishCaseChange = (eventId: string, caseId: string) => void

/** Responders reading the event's cases: never one a reporter kept from them or they stand aside from. */
export class CaseInboxService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /**
   * One page of the event's cases the viewer may see, narrowed by `filter`, with the counters of
   * what is overdue. Paging and counting run in the database: the number of queries does not grow
   * with the number of cases.
   */
  async inbox(
    viewer: Viewer,
    eventId: string,
    filter: CaseInboxFilter,
    sort: CaseInboxSort,
    page: number,
  ): Promise<CaseInboxPage> {
    // The door checked the role for this event already; the inbox does not rely on it alone.
    if (!holdsRole(viewer, Role.Responder, eventId)) {
      throw forbidden()
    }
    const reader = await readerOf(this.db.read, viewer, eventId)
    const now = this.clock.now()
    const query = inboxQuery(this.db.read, reader, eventId, filter, now)
    const [column, order] = SORTS[sort]
    const [rows, { total, counters }] = await Promise.all([
      query
        .orderBy(column, order)
        .addOrderBy('c.id', 'ASC')
        .skip((page - 1) * CASE_INBOX_PAGE_MAX)
        .take(CASE_INBOX_PAGE_MAX)
        .getMany(),
      this.totals(reader, eventId, filter, now),
    ])
    return {
      cases: await this.summaries(viewer, eventId, rows),
      total,
      page,
      pageCount: Math.max(1, Math.ceil(total / CASE_INBOX_PAGE_MAX)),
      counters,
    }
  }

  /**
   * In one scan of the cases the viewer may see: how many the filter keeps, and what needs the
   * team — open cases, and those past the guide's targets.
   */
  private async totals(
    reader: CaseReader,
    eventId: string,
    filter: CaseInboxFilter,
    now: Date,
  ): Promise<{ total: number; counters: CaseInboxCounters }> {
    const open = 'c."status" IN (:...openNow)'
    const { query, matches } = inboxTotalsQuery(this.db.read, reader, eventId, filter, now)
    const raw = await query
      .select(`SUM(CASE WHEN ${matches} THEN 1 ELSE 0 END)`, 'total')
      .addSelect(`SUM(CASE WHEN ${open} THEN 1 ELSE 0 END)`, 'open')
      .addSelect(
        `SUM(CASE WHEN c."status" = :newStatus AND c."created_at" < :acknowledgeBefore THEN 1 ELSE 0 END)`,
        'overdueAcknowledge',
      )
      .addSelect(`SUM(CASE WHEN ${overdueCondition('c')} THEN 1 ELSE 0 END)`, 'overdue')
      .addSelect(`SUM(CASE WHEN ${open} AND c."assigned_to_id" = :me THEN 1 ELSE 0 END)`, 'assignedToMe')
      .addSelect(`SUM(CASE WHEN ${AWAITING_REVIEW} THEN 1 ELSE 0 END)`, 'awaitingReview')
      .setParameters({ ...overdueParameters(now), openNow: OPEN_STATUSES, me: reader.accountId })
      .getRawOne<Record<string, string | number | null>>()
    const count = (key: string) => Number(raw?.[key] ?? 0)
    return {
      total: count('total'),
      counters: {
        open: count('open'),
        overdueAcknowledge: count('overdueAcknowledge'),
        overdue: count('overdue'),
        assignedToMe: count('assignedToMe'),
        awaitingReview: count('awaitingReview'),
      },
    }
  }

  /** The event's cases the viewer may see, newest activity first. */
  async list(viewer: Viewer, eventId: string): Promise<CaseSummary[]> {
    if (!holdsRole(viewer, Role.Responder, eventId)) {
      return []
    }
    const cases = await this.db.read.find(CaseFileEntity, {
      // A merged case lives on in the case it was merged into.
      where: { eventId, mergedIntoId: IsNull() },
      order: { updatedAt: 'DESC' },
    })
    return this.summaries(viewer, eventId, cases)
  }

  /** Whether the viewer may see the case: for live updates, which must not even say that it changed. */
  async isVisible(viewer: Viewer, caseId: string): Promise<boolean> {
    try {
      await this.visibleCase(viewer, caseId)
      return true
    } catch {
      return false
    }
  }

  /** The case, if the viewer may see it. @throws NOT_FOUND otherwise, exactly as for a case that does not exist. */
  async visibleCase(viewer: Viewer, caseId: string): Promise<CaseFileEntity> {
    // A merged case is seen, or not, as the case it was merged into (under the rules of both).
    const caseFile = await followMerge(
      this.db.read,
      await this.db.read.findOneBy(CaseFileEntity, { id: caseId }),
    )
    if (caseFile === null) {
      throw notFound('The case')
    }
    const facts = (await factsOf(this.db.read, [caseFile])).get(caseFile.id)!
    if (!canView(await readerOf(this.db.read, viewer, caseFile.eventId), facts)) {
      throw notFound('The case')
    }
    return caseFile
  }

  /** Inbox rows for cases of one event, without those hidden from the viewer. */
  async summaries(viewer: Viewer, eventId: string, cases: CaseFileEntity[]): Promise<CaseSummary[]> {
    if (cases.length === 0) {
      return []
    }
    const ids = cases.map(row => row.id)
    const assigned = [...new Set(cases.flatMap(row => row.assignedToId ?? []))]
    const [facts, reports, reader, assignees, awaiting] = await Promise.all([
      factsOf(this.db.read, cases),
      this.db.read.find(IncidentReportEntity, { where: { caseId: In(ids) }, order: { submittedAt: 'ASC' } }),
      readerOf(this.db.read, viewer, eventId),
      assigned.length === 0 ? [] : this.db.read.findBy(AccountEntity, { id: In(assigned) }),
      this.db.read.findBy(CaseEntryEntity, {
        caseId: In(ids),
        kind: 'immediate-action',
        reviewedAt: IsNull(),
      }),
    ])
    const now = this.clock.now()
    // Grouped once, so a long list costs in proportion to its length.
    const reportsOf = groupBy(reports, report => report.caseId)
    const awaitingIds = new Set(awaiting.map(entry => entry.caseId))
    const names = new Map(assignees.map(account => [account.id, account.name]))
    return cases
      .filter(row => canView(reader, facts.get(row.id)!))
      .map(row => {
        const own = reportsOf.get(row.id) ?? []
        const first = own[0]
        const targets = targetsOf(row)
        return {
          id: row.id,
          codeName: row.codeName,
          status: row.status,
          createdAt: row.createdAt,
          updatedAt: row.updatedAt,
          channel: first?.channel ?? 'kiosk',
          category: first?.category ?? null,
          isUrgent: own.some(report => report.isUrgent),
          isOngoing: own.some(report => report.isOngoing),
          isRequestedFromViewer: isRequestedFrom(reader, facts.get(row.id)!),
          severity: row.severity,
          assignedToName: row.assignedToId === null ? null : (names.get(row.assignedToId) ?? null),
          ...targets,
          isAwaitingReview: awaitingIds.has(row.id),
          isOverdue: [targets.acknowledgeBy, targets.followUpBy].some(due => due !== null && due < now),
        }
      })
  }
}
