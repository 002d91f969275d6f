import { AUDIT_PAGE_MAX, AuditAction, AuditReason } from '@conduct-desk/shared'
import {
  And,
  In,
  LessThan,
  LessThanOrEqual,
  MoreThanOrEqual,
  type EntityManager,
  type FindOperator,
} from 'typeorm'
import type { Viewer } from '../../authorization/viewer.js'
import type { Database } from '../../db/database.js'
import { AuditEntryEntity } from '../../platform/audit/audit-entry.entity.js'
import type { AuditEntryInput, AuditLog } from '../../platform/audit/audit-log.js'
import { badUserInput } from '../../platform/errors/domain-error.js'
import { AccountEntity } from '../accounts/account.entity.js'
import { EventEntity } from '../events/event.entity.js'
import type { AuditEntriesFilterInput, AuditPageInput } from './audit-entry.inputs.js'
import type { AuditEntryPageType, AuditEntryType } from './audit-entry.type.js'

const CURSOR_SHAPE = /^[1-9]\d{0,15}$/

/** The seq to continue below, from a `nextCursor` this service gave. */
function cursorSeq(after: string | null | undefined): number | null {
  if (after === null || after === undefined) {
    return null
  }
  if (!CURSOR_SHAPE.test(after)) {
    throw badUserInput('This cursor was not given by the server.', 'page.after', AuditReason.CursorInvalid)
  }
  return Number(after)
}

/** The `at` condition: both ends included; `at` is a fixed-width UTC string, so it sorts as text. */
function timeRange(
  from: Date | null | undefined,
  to: Date | null | undefined,
): FindOperator<string> | undefined {
  if (from && to && from > to) {
    throw badUserInput('The start comes after the end.', 'filter.from', AuditReason.RangeReversed)
  }
  const lower = from ? MoreThanOrEqual(from.toISOString()) : undefined
  const upper = to ? LessThanOrEqual(to.toISOString()) : undefined
  return lower && upper ? And(lower, upper) : (lower ?? upper)
}

/**
 * The audit log as admins and the Working Group read it (SECURITY R39, R40): filtered by person,
 * case and time, newest first, a page at a time. Reading it is itself recorded (`audit.view`), with
 * what it was about, before the page is read.
 */
export class AuditEntryService {
  constructor(
    private readonly db: Database,
    private readonly auditLog: AuditLog,
  ) {}

  async page(
    viewer: Viewer,
    filter: AuditEntriesFilterInput,
    page: AuditPageInput,
  ): Promise<AuditEntryPageType> {
    const first = page.first ?? AUDIT_PAGE_MAX
    const below = cursorSeq(page.after)
    const at = timeRange(filter.from, filter.to)
    await this.db.write(async manager =>
      this.auditLog.append(manager, await viewEntry(manager, viewer, filter)),
    )

    const rows = await this.db.read.find(AuditEntryEntity, {
      where: {
        ...(filter.accountId ? { actorId: filter.accountId } : {}),
        ...(filter.caseId ? { objectType: 'case', objectId: filter.caseId } : {}),
        ...(at === undefined ? {} : { at }),
        ...(below === null ? {} : { seq: LessThan(below) }),
      },
      order: { seq: 'DESC' },
      take: first + 1,
    })
    const entries = await this.withNames(rows.slice(0, first))
    const isMore = rows.length > first
    return { entries, nextCursor: isMore ? String(entries.at(-1)?.seq) : null }
  }

  /** Each entry with the actor's and the event's names, read in one query each. */
  private async withNames(rows: AuditEntryEntity[]): Promise<AuditEntryType[]> {
    const actorIds = [...new Set(rows.flatMap(row => (row.actorId === null ? [] : [row.actorId])))]
    const eventIds = [...new Set(rows.flatMap(row => (row.scopeId === null ? [] : [row.scopeId])))]
    const [accounts, events] = await Promise.all([
      actorIds.length === 0
        ? []
        : this.db.read.find(AccountEntity, { where: { id: In(actorIds) }, select: { id: true, name: true } }),
      eventIds.length === 0
        ? []
        : this.db.read.find(EventEntity, { where: { id: In(eventIds) }, select: { id: true, name: true } }),
    ])
    const accountName = new Map(accounts.map(account => [account.id, account.name]))
    const eventName = new Map(events.map(event => [event.id, event.name]))
    return rows.map(row => ({
      id: row.id,
      seq: Number(row.seq),
      at: new Date(row.at),
      actorId: row.actorId,
      actorName: row.actorId === null ? null : (accountName.get(row.actorId) ?? null),
      action: row.action as AuditAction,
      objectType: row.objectType,
      objectId: row.objectId,
      eventId: row.scopeId,
      eventName: row.scopeId === null ? null : (eventName.get(row.scopeId) ?? null),
    }))
  }
}

/**
 * What a look at the log is recorded as: the case it was about (under that case's event, as its
 * other entries say), else the person, else the whole log.
 */
async function viewEntry(
  manager: EntityManager,
  viewer: Viewer,
  filter: AuditEntriesFilterInput,
): Promise<AuditEntryInput> {
  const common = { actorId: viewer.accountId, action: AuditAction.AuditView }
  if (filter.caseId) {
    const known = await manager.findOne(AuditEntryEntity, {
      where: { objectType: 'case', objectId: filter.caseId },
      select: { scopeId: true },
    })
    return { ...common, objectType: 'case', objectId: filter.caseId, scopeId: known?.scopeId ?? null }
  }
  if (filter.accountId) {
    return { ...common, objectType: 'account', objectId: filter.accountId, scopeId: null }
  }
  return { ...common, objectType: 'audit-log', objectId: 'all', scopeId: null }
}
