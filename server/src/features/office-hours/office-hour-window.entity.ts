import { Column, Entity, PrimaryColumn } from 'typeorm'
import { InstantColumn, LocalDateColumn } from '../../platform/db/columns.js'

/** A block of office hours on one day, in the event's wall-clock time; its slots are generated from it. */
@Entity({ name: 'office_hour_window' })
export class OfficeHourWindowEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string

  @Column({ type: 'varchar', length: 36 })
  eventId: string

  @LocalDateColumn()
  localDate: string

  @Column({ type: 'varchar', length: 5 })
  localFrom: string

  @Column({ type: 'varchar', length: 5 })
  localTo: string

  @Column({ type: 'integer' })
  slotMinutes: number

  @Column({ type: 'integer' })
  bufferMinutes: number

  @Column({ type: 'varchar', length: 300 })
  place: string

  /** A named contact holds these hours; null means whoever is on duty. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  contactId: string | null

  /** Two responders per meeting where the team wants nobody to listen alone. */
  @Column({ type: 'integer', default: 1 })
  respondersPerSlot: number

  @InstantColumn()
  createdAt: Date
}
