import type { TransparencyReportKind } from '@conduct-desk/shared'
import { Column, Entity, PrimaryColumn } from 'typeorm'
import { InstantColumn, JsonColumn } from '../../platform/db/columns.js'

/**
 * One transparency report of an event: the initial one (closing ceremony) or the full one. Holds the
 * chair's working draft and, once published, what was published: its text, when, by whom, and the
 * statistics as they stood then, so the public page never changes under its readers.
 * Text written to be public, so not sealed; the privacy check reads it before it is published.
 */
@Entity({ name: 'transparency_report' })
export class TransparencyReportEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string

  @Column({ type: 'varchar', length: 36 })
  eventId: string

  /** `INITIAL` or `FULL`; one row per event and kind. */
  @Column({ type: 'varchar', length: 10 })
  kind: TransparencyReportKind

  @Column({ type: 'text', nullable: true })
  draftMarkdown: string | null

  @InstantColumn({ nullable: true })
  draftSavedAt: Date | null

  @Column({ type: 'text', nullable: true })
  publishedMarkdown: string | null

  @InstantColumn({ nullable: true })
  publishedAt: Date | null

  @Column({ type: 'varchar', length: 36, nullable: true })
  publishedById: string | null

  /** The statistics at publication (the GraphQL `TransparencyStatistics`, as JSON). */
  @JsonColumn({ nullable: true })
  statistics: object | null
}
