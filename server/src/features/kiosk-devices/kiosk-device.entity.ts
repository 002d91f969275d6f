import { Column, Entity, PrimaryColumn } from 'typeorm'
import { InstantColumn } from '../../platform/db/columns.js'

/**
 * A touch screen at the venue. An organizer names its location and gets a short code; typed on the
 * device, the code becomes a long device token kept in an HttpOnly cookie. Only hashes are stored.
 */
@Entity({ name: 'kiosk_device' })
export class KioskDeviceEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string

  @Column({ type: 'varchar', length: 36 })
  eventId: string

  @Column({ type: 'varchar', length: 120 })
  location: string

  @Column({ type: 'varchar', length: 64, nullable: true })
  enrolmentCodeHash: string | null

  @InstantColumn({ nullable: true })
  enrolmentExpiresAt: Date | null

  @Column({ type: 'varchar', length: 64, nullable: true })
  tokenHash: string | null

  @InstantColumn({ nullable: true })
  enrolledAt: Date | null

  @InstantColumn({ nullable: true })
  lastSeenAt: Date | null

  @InstantColumn({ nullable: true })
  revokedAt: Date | null

  @InstantColumn()
  createdAt: Date
}
