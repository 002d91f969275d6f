import { Column, Entity, PrimaryColumn } from 'typeorm'
import { InstantColumn } from '../../platform/db/columns.js'

/** Someone asked for help now. Holds no personal data: where, from which kiosk, and who answered. */
@Entity({ name: 'urgent_alert' })
export class UrgentAlertEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string

  @Column({ type: 'varchar', length: 36 })
  eventId: string

  @Column({ type: 'varchar', length: 36, nullable: true })
  kioskDeviceId: string | null

  /** Where the person is, in their words, or the kiosk's location. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  place: string | null

  @InstantColumn()
  createdAt: Date

  @InstantColumn({ nullable: true })
  acknowledgedAt: Date | null

  @Column({ type: 'varchar', length: 36, nullable: true })
  acknowledgedById: string | null
}
