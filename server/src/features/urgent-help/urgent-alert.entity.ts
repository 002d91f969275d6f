import { Column, Entity, PrimaryColumn } from 'typeorm'
import { InstantColumn, JsonColumn } from '../../platform/db/columns.js'

/** How an alert came: a tap on "I need help now", or an urgent report. */
export type UrgentAlertOrigin = 'tap' | 'report'

/** A contact the person asked to keep out, and that contact's account when the alert was raised. */
export interface UrgentAlertExclusion {
  readonly contactId: string
  readonly accountId: string | null
}

/**
 * Someone asked for help now. Holds no personal data: where, from which kiosk, who answered, and
 * the case when a report raised it. The person's kiosk or phone holds the token (only its hash is
 * here) with which it adds the place, learns who is coming, or cancels.
 */
@Entity({ name: 'urgent_alert' })
export class UrgentAlertEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string

  @Column({ type: 'varchar', length: 36 })
  eventId: string

  @Column({ type: 'varchar', length: 36, nullable: true })
  kioskDeviceId: string | null

  /** Where the person is, in their words (the kiosk's own location is `kioskDeviceId`'s). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  place: string | null

  @InstantColumn()
  createdAt: Date

  @InstantColumn({ nullable: true })
  acknowledgedAt: Date | null

  @Column({ type: 'varchar', length: 36, nullable: true })
  acknowledgedById: string | null

  /** SHA-256 of the token the person's screen holds; null for alerts from before tokens. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  tokenHash: string | null

  @Column({ type: 'varchar', length: 12, default: 'tap' })
  origin: UrgentAlertOrigin

  /** The case of the report that raised it, or that was sent after the tap. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  caseId: string | null

  /** Contacts the person asked to keep out: they never see the alert nor get its emails. */
  @JsonColumn({ nullable: true })
  excluded: UrgentAlertExclusion[] | null

  @InstantColumn({ nullable: true })
  cancelledAt: Date | null
}
