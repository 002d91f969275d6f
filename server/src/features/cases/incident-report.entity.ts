import { Column, Entity, PrimaryColumn } from 'typeorm'
import { InstantColumn } from '../../platform/db/columns.js'
import { SealedColumn } from '../../platform/crypto/sealed-column.js'

/**
 * What a person told the team, once. Everything they wrote is one encrypted JSON document
 * (`sealedContent`); only what access and counting need stays readable. No IP address or user
 * agent is ever stored (SECURITY R22).
 */
@Entity({ name: 'incident_report' })
export class IncidentReportEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string

  @Column({ type: 'varchar', length: 36 })
  eventId: string

  @Column({ type: 'varchar', length: 36 })
  caseId: string

  /** The public half of the receipt, `R-XXXX-XXXX`. */
  @Column({ type: 'varchar', length: 12 })
  reference: string

  /** Argon2id of the passphrase; the passphrase itself is shown once and never stored. */
  @Column({ type: 'varchar', length: 200 })
  passphraseHash: string

  @Column({ type: 'varchar', length: 12 })
  channel: string

  @Column({ type: 'varchar', length: 12 })
  language: string

  @Column({ type: 'text' })
  sealedContent: string

  /** A category key or the event's own word; used for statistics, never a name. */
  @Column({ type: 'varchar', length: 120, nullable: true })
  category: string | null

  @Column({ type: 'boolean', default: false })
  isOngoing: boolean

  @Column({ type: 'boolean', default: false })
  isUrgent: boolean

  /** The responder who wrote down an in-person report. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  enteredById: string | null

  @InstantColumn()
  submittedAt: Date
}

/** Everything the person told, as one sealed JSON document (`ReportContent`). */
export const INCIDENT_REPORT_CONTENT = SealedColumn.of(
  IncidentReportEntity,
  'sealedContent',
  'incident_report',
  'sealed_content',
)
