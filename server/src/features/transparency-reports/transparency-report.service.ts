import {
  EventStatus,
  TRANSPARENCY_REPORT_MAX_LENGTH,
  TransparencyReportKind,
  eventEndsAt,
  fullReportDueAt,
  renderReportHtml,
  renderReportText,
} from '@conduct-desk/shared'
import type { EntityManager } from 'typeorm'
import type { Database } from '../../db/database.js'
import { notFound } from '../../platform/errors/domain-error.js'
import { newId } from '../../platform/security/tokens.js'
import type { Clock } from '../../platform/time/clock.js'
import { EventEntity } from '../events/event.entity.js'
import { reportText } from './report-text.js'
import { TransparencyAddendumEntity } from './transparency-addendum.entity.js'
import { transparencyDraft, type DraftStatistics } from './transparency-draft.js'
import type { TransparencyFacts } from './transparency-facts.js'
import { TransparencyReportEntity } from './transparency-report.entity.js'

/** A published report as the public type holds it; `S` is the statistics' type (tr-stats). */
export interface PublishedReport<S> {
  readonly eventSlug: string
  readonly eventName: string
  readonly kind: TransparencyReportKind
  readonly publishedAt: Date
  readonly markdown: string
  readonly html: string
  readonly text: string
  readonly statistics: S
  readonly addenda: { readonly publishedAt: Date; readonly markdown: string }[]
}

export interface ReportDraft<S> {
  readonly eventId: string
  readonly kind: TransparencyReportKind
  readonly markdown: string
  readonly savedAt: Date | null
  readonly dueAt: Date
  readonly statistics: S
  readonly summaryLines: string[]
  readonly published: PublishedReport<S> | null
}

/** The event, or NOT_FOUND. */
export async function eventOf(manager: EntityManager, eventId: string): Promise<EventEntity> {
  const event = await manager.findOneBy(EventEntity, { id: eventId })
  if (event === null) {
    throw notFound('This event')
  }
  return event
}

/** The report row of an event and kind, or null while nothing was saved or published. */
export function reportRowOf(
  manager: EntityManager,
  eventId: string,
  kind: TransparencyReportKind,
): Promise<TransparencyReportEntity | null> {
  return manager.findOneBy(TransparencyReportEntity, { eventId, kind })
}

/**
 * Transparency reports as the chair writes them (drafts) and as the public reads them. What was
 * published is kept as it was: its text, and its statistics as they stood then.
 */
export class TransparencyReportService<S extends DraftStatistics> {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly facts: TransparencyFacts<S>,
  ) {}

  /** The saved draft, else one pre-filled from the data, with the live numbers and summary lines. */
  async draft(eventId: string, kind: TransparencyReportKind): Promise<ReportDraft<S>> {
    const event = await eventOf(this.db.read, eventId)
    const row = await reportRowOf(this.db.read, eventId, kind)
    const statistics = await this.facts.statistics(eventId)
    const facts = await this.facts.of(event, kind, statistics)
    return {
      eventId,
      kind,
      markdown: row?.draftMarkdown ?? transparencyDraft(facts),
      savedAt: row?.draftSavedAt ?? null,
      dueAt: kind === TransparencyReportKind.Full ? fullReportDueAt(event) : eventEndsAt(event),
      statistics,
      summaryLines: [...facts.summaryLines],
      published: row?.publishedAt ? await this.toPublished(event, row) : null,
    }
  }

  /** Keeps the chair's text; saving again replaces it. Publishing is a separate, stepped-up act. */
  async saveDraft(eventId: string, kind: TransparencyReportKind, markdown: string): Promise<ReportDraft<S>> {
    const text = reportText(markdown, TRANSPARENCY_REPORT_MAX_LENGTH)
    await this.db.write(async manager => {
      await eventOf(manager, eventId)
      const row = await reportRowOf(manager, eventId, kind)
      const now = this.clock.now()
      if (row === null) {
        await manager.insert(TransparencyReportEntity, {
          ...emptyReport(eventId, kind),
          draftMarkdown: text,
          draftSavedAt: now,
        })
      } else {
        await manager.update(
          TransparencyReportEntity,
          { id: row.id },
          { draftMarkdown: text, draftSavedAt: now },
        )
      }
    })
    return this.draft(eventId, kind)
  }

  /**
   * What the public reads of an event: its full report when published, else its initial one, else
   * null; null too for an event that is not public (a draft event). Never a draft's text.
   */
  async published(eventSlug: string): Promise<PublishedReport<S> | null> {
    const event = await this.db.read.findOneBy(EventEntity, { slug: eventSlug })
    if (event === null || event.status === EventStatus.Draft) {
      return null
    }
    return this.publishedOf(event)
  }

  async publishedOf(
    event: EventEntity,
    manager: EntityManager = this.db.read,
  ): Promise<PublishedReport<S> | null> {
    for (const kind of [TransparencyReportKind.Full, TransparencyReportKind.Initial]) {
      const row = await reportRowOf(manager, event.id, kind)
      if (row?.publishedAt) {
        return this.toPublished(event, row, manager)
      }
    }
    return null
  }

  private async toPublished(
    event: EventEntity,
    row: TransparencyReportEntity,
    manager: EntityManager = this.db.read,
  ): Promise<PublishedReport<S>> {
    const markdown = row.publishedMarkdown ?? ''
    const addenda =
      row.kind === TransparencyReportKind.Full
        ? await manager.find(TransparencyAddendumEntity, {
            where: { eventId: event.id },
            order: { publishedAt: 'ASC', id: 'ASC' },
          })
        : []
    return {
      eventSlug: event.slug,
      eventName: event.name,
      kind: row.kind,
      publishedAt: row.publishedAt ?? new Date(0),
      markdown,
      html: renderReportHtml(markdown),
      text: renderReportText(markdown),
      statistics: row.statistics as S,
      addenda: addenda.map(({ publishedAt, markdown: text }) => ({ publishedAt, markdown: text })),
    }
  }
}

/** A report row with nothing saved or published yet. */
export function emptyReport(eventId: string, kind: TransparencyReportKind): TransparencyReportEntity {
  return Object.assign(new TransparencyReportEntity(), {
    id: newId(),
    eventId,
    kind,
    draftMarkdown: null,
    draftSavedAt: null,
    publishedMarkdown: null,
    publishedAt: null,
    publishedById: null,
    statistics: null,
  })
}
