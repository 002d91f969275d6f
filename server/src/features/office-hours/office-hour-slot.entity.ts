import { Column, Entity, PrimaryColumn } from 'typeorm'
import { InstantColumn } from '../../platform/db/columns.js'

/** One bookable meeting time. Blocked slots look busy to the public, like booked ones. */
@Entity({ name: 'office_hour_slot' })
export class OfficeHourSlotEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string

  @Column({ type: 'varchar', length: 36 })
  eventId: string

  @Column({ type: 'varchar', length: 36 })
  windowId: string

  @InstantColumn()
  startsAt: Date

  @InstantColumn()
  endsAt: Date

  @Column({ type: 'varchar', length: 300 })
  place: string

  @Column({ type: 'varchar', length: 36, nullable: true })
  contactId: string | null

  @Column({ type: 'boolean', default: false })
  isBlocked: boolean

  @InstantColumn()
  createdAt: Date
}
