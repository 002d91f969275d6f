import { CASE_INBOX_PAGE_MAX, Role } from '@conduct-desk/shared'
import { IsNull } from 'typeorm'
import { holdsRole, type Viewer } from '../../authorization/viewer.js'
import type { Database } from '../../db/database.js'
import { forbidden, notFound } from '../../platform/errors/domain-error.js'
import type { Clock } from '../../platform/time/clock.js'
import { factsOf, followMerge, readerOf } from './case-facts.js'
import { CaseFileEntity } from './case-file.entity.js'
import {
  inboxReaderOf,
  inboxConditions,
  targetsOf,
  whereOf,
  type CaseInboxFilter,
  type CaseInboxSort,
} from './case-inbox-query.js'
import { pageRows, rowExtras, type CaseRow, type RowExtras } from './case-inbox-rows.js'
import { CaseInboxKeeper } from './case-inbox-keeper.js'
import { countTotals, filterKey, type CaseInboxTotals } from './case-inbox-totals.js'
import { canView, isRequestedFrom, type CaseReader } from './case.policy.js'
import type { CaseInboxPage } from './case-inbox.type.js'
import type { CaseSummary } from './case.type.js'

const SORTS: Record<CaseInboxSort, string> = {
  'recent-activity': 'c."updated_at" DESC, c."id" ASC',
  newest: 'c."created_at" DESC, c."id" ASC',
  oldest: 'c."created_at" ASC, c."id" ASC',
}

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
  private readonly totals = new CaseInboxKeeper<CaseInboxTotals>()
  private readonly pages = new CaseInboxKeeper<CaseInboxPage>()

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /**
   * One page of the event's cases the viewer may see, narrowed by `filter`, with the counters of
   * what is overdue. Paging and counting run in the database: the number of queries does not grow
   * with the number of cases. Pages and counters are kept until a case of the event changes, or the
   * next case crosses a target (case-inbox-keeper.ts): responders' inboxes poll and re-read on
   * every live update, and most of those reads find nothing new (docs/benchmarks.md, C1).
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
    const read = this.db.read
    const { reader, hiddenIds } = await inboxReaderOf(read, viewer, eventId)
    const now = this.clock.now()
    // Everything the numbers and the page depend on besides the event's cases, read in this request.
    const totalsKey = JSON.stringify([
      reader.accountId,
      [...reader.contactIds].sort(),
      hiddenIds,
      filterKey(filter),
    ])
    const kept = await this.pages.get(eventId, JSON.stringify([totalsKey, sort, page]), now, async () => {
      const totals = await this.totals.get(eventId, totalsKey, now, () =>
        countTotals(read, reader, eventId, hiddenIds, filter, now),
      )
      const { visible, narrowed } = inboxConditions(reader, eventId, hiddenIds, filter, now)
      const offset = (page - 1) * CASE_INBOX_PAGE_MAX
      const rows = await pageRows(
        read,
        whereOf([...visible, ...narrowed]),
        SORTS[sort],
        CASE_INBOX_PAGE_MAX,
        offset,
      )
      const { total, counters } = totals.value
      return {
        value: {
          cases: await this.summarize(reader, rows),
          total,
          page,
          pageCount: Math.max(1, Math.ceil(total / CASE_INBOX_PAGE_MAX)),
          counters,
        },
        // Kept no longer than the numbers shown beside it, and no later than their next crossing.
        readAt: Math.min(now.getTime(), totals.readAt),
        validUntil: totals.validUntil,
      }
    })
    return kept.value
  }

  /** A case of the event changed: the inbox reads its cases afresh (call with every change publication). */
  forgetKept(eventId: string): void {
    this.totals.forget(eventId)
    this.pages.forget(eventId)
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
  async summaries(viewer: Viewer, eventId: string, cases: readonly CaseRow[]): Promise<CaseSummary[]> {
    if (cases.length === 0) {
      return []
    }
    const [reader, extras] = await Promise.all([
      readerOf(this.db.read, viewer, eventId),
      rowExtras(
        this.db.read,
        cases.map(row => row.id),
      ),
    ])
    return this.summarize(
      reader,
      cases.flatMap(row => {
        const more = extras.get(row.id)
        return more === undefined ? [] : [{ ...row, ...more }]
      }),
    )
  }

  /** The rows the reader may see (case.policy.ts decides, from facts read now), as the inbox shows them. */
  private async summarize(
    reader: CaseReader,
    rows: readonly (CaseRow & RowExtras)[],
  ): Promise<CaseSummary[]> {
    if (rows.length === 0) {
      return []
    }
    const facts = await factsOf(this.db.read, rows)
    const now = this.clock.now()
    return rows
      .filter(row => canView(reader, facts.get(row.id)!))
      .map(row => {
        const targets = targetsOf(row)
        return {
          id: row.id,
          codeName: row.codeName,
          status: row.status,
          createdAt: row.createdAt,
          updatedAt: row.updatedAt,
          channel: row.channel ?? 'kiosk',
          category: row.category,
          isUrgent: row.isUrgent,
          isOngoing: row.isOngoing,
          isRequestedFromViewer: isRequestedFrom(reader, facts.get(row.id)!),
          severity: row.severity,
          assignedToName: row.assignedToName,
          ...targets,
          isAwaitingReview: row.isAwaitingReview,
          isOverdue: [targets.acknowledgeBy, targets.followUpBy].some(due => due !== null && due < now),
        }
      })
  }
}
