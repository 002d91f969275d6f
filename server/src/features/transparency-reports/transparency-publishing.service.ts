import {
  AuditAction,
  EventStatus,
  TRANSPARENCY_ADDENDUM_MAX_LENGTH,
  TRANSPARENCY_REPORT_MAX_LENGTH,
  TransparencyReason,
  TransparencyReportKind,
} from '@conduct-desk/shared'
import { IsNull } from 'typeorm'
import type { Viewer } from '../../authorization/viewer.js'
import type { Database } from '../../db/database.js'
import type { AuditLog } from '../../platform/audit/audit-log.js'
import { badUserInput, conflict } from '../../platform/errors/domain-error.js'
import { newId } from '../../platform/security/tokens.js'
import type { Clock } from '../../platform/time/clock.js'
import type { EventEntity } from '../events/event.entity.js'
import { reportText } from './report-text.js'
import { TransparencyAddendumEntity } from './transparency-addendum.entity.js'
import type { DraftStatistics } from './transparency-draft.js'
import type { TransparencyFacts } from './transparency-facts.js'
import { TransparencyReportEntity } from './transparency-report.entity.js'
import {
  emptyReport,
  eventOf,
  reportRowOf,
  type PublishedReport,
  type TransparencyReportService,
} from './transparency-report.service.js'

/**
 * The privacy check of a text about to be published (tr-privacy): throws BAD_USER_INPUT with
 * PRIVACY_CHECK_BLOCKED while it names someone recorded on the event's cases or accounts.
 */
export type PrivacyGuard = (eventId: string, markdown: string) => Promise<void>

/**
 * Publishing: the initial report, the full report, and dated addenda to the full one. Each is
 * privacy-checked first, keeps the statistics as they stand at that moment, and is audited; what was
 * published is never changed afterwards.
 */
export class TransparencyPublishingService<S extends DraftStatistics> {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly auditLog: AuditLog,
    private readonly facts: TransparencyFacts<S>,
    private readonly reports: TransparencyReportService<S>,
    private readonly privacyGuard: PrivacyGuard,
  ) {}

  /**
   * Publishes `markdown` as the event's report of `kind`, with the statistics as they stand now.
   * @throws BAD_USER_INPUT (empty, too long, not public event, privacy check); CONFLICT when this kind
   * (or, for INITIAL, the full report) is already published
   */
  async publish(
    viewer: Viewer,
    input: { eventId: string; kind: TransparencyReportKind; markdown: string },
  ): Promise<PublishedReport<S>> {
    const text = reportText(input.markdown, TRANSPARENCY_REPORT_MAX_LENGTH)
    await this.checkPublishable(publishableEvent(await eventOf(this.db.read, input.eventId)), input.kind)
    await this.privacyGuard(input.eventId, text)
    const statistics = await this.facts.statistics(input.eventId)
    return this.db.write(async manager => {
      const event = publishableEvent(await eventOf(manager, input.eventId))
      const saved = await this.checkPublishable(event, input.kind, manager)
      const row = saved ?? emptyReport(event.id, input.kind)
      const now = this.clock.now()
      const publication = {
        draftMarkdown: text,
        draftSavedAt: now,
        publishedMarkdown: text,
        publishedAt: now,
        publishedById: viewer.accountId,
        statistics,
      }
      if (saved === null) {
        await manager.insert(TransparencyReportEntity, { ...row, ...publication })
      } else {
        // Only a row still unpublished: of two publishers at once, the second is told it is done.
        const { affected } = await manager.update(
          TransparencyReportEntity,
          { id: row.id, publishedAt: IsNull() },
          publication,
        )
        if (affected !== 1) {
          throw alreadyPublished()
        }
      }
      await this.auditLog.append(manager, {
        actorId: viewer.accountId,
        action: AuditAction.TransparencyPublish,
        objectType: 'transparency-report',
        objectId: row.id,
        scopeId: event.id,
      })
      return this.published(event, manager)
    })
  }

  /**
   * Adds a dated addendum to the event's published full report.
   * @throws CONFLICT TRANSPARENCY_FULL_REPORT_NOT_PUBLISHED before the full report; BAD_USER_INPUT
   * for an empty or too long text, or from the privacy check
   */
  async addAddendum(
    viewer: Viewer,
    input: { eventId: string; markdown: string },
  ): Promise<PublishedReport<S>> {
    const text = reportText(input.markdown, TRANSPARENCY_ADDENDUM_MAX_LENGTH)
    await this.fullReportOf(input.eventId)
    await this.privacyGuard(input.eventId, text)
    return this.db.write(async manager => {
      const event = await eventOf(manager, input.eventId)
      await this.fullReportOf(input.eventId, manager)
      const id = newId()
      await manager.insert(TransparencyAddendumEntity, {
        id,
        eventId: event.id,
        markdown: text,
        publishedAt: this.clock.now(),
        publishedById: viewer.accountId,
      })
      await this.auditLog.append(manager, {
        actorId: viewer.accountId,
        action: AuditAction.TransparencyAddendum,
        objectType: 'transparency-addendum',
        objectId: id,
        scopeId: event.id,
      })
      return this.published(event, manager)
    })
  }

  private async published(
    event: EventEntity,
    manager: Parameters<TransparencyReportService<S>['publishedOf']>[1],
  ) {
    const report = await this.reports.publishedOf(event, manager)
    if (report === null) {
      throw new Error('a report just published is missing')
    }
    return report
  }

  private async fullReportOf(eventId: string, manager = this.db.read): Promise<TransparencyReportEntity> {
    const full = await reportRowOf(manager, eventId, TransparencyReportKind.Full)
    if (!full?.publishedAt) {
      await eventOf(manager, eventId)
      throw conflict(
        'Publish the full report before adding an addendum.',
        TransparencyReason.FullReportNotPublished,
      )
    }
    return full
  }

  /** The report row to publish into (null: none yet), when this kind may still be published. */
  private async checkPublishable(
    event: EventEntity,
    kind: TransparencyReportKind,
    manager = this.db.read,
  ): Promise<TransparencyReportEntity | null> {
    const row = await reportRowOf(manager, event.id, kind)
    if (row?.publishedAt) {
      throw alreadyPublished()
    }
    if (kind === TransparencyReportKind.Initial) {
      const full = await reportRowOf(manager, event.id, TransparencyReportKind.Full)
      if (full?.publishedAt) {
        throw conflict('The full report is already published.', TransparencyReason.FullReportPublished)
      }
    }
    return row
  }
}

function alreadyPublished() {
  return conflict(
    'This report is already published; add an addendum instead.',
    TransparencyReason.AlreadyPublished,
  )
}

/** The event, when it is public: a report about a draft event would tell what the event does not. */
function publishableEvent(event: EventEntity): EventEntity {
  if (event.status === EventStatus.Draft) {
    throw badUserInput('Publish the event first.', 'eventId', TransparencyReason.EventNotPublished)
  }
  return event
}
