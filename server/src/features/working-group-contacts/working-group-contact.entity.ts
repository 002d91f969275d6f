import { Column, Entity, PrimaryColumn } from 'typeorm'
import { InstantColumn } from '../../platform/db/columns.js'

/** The one row's key: the deployment serves one Working Group. */
export const WORKING_GROUP_CONTACT_ID = 'working-group'

/**
 * How an event's responders reach the Working Group during the event: an address, a phone and a
 * note (hours, who answers). One row for the deployment, kept by the Working Group or an admin.
 */
@Entity({ name: 'working_group_contact' })
export class WorkingGroupContactEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone: string | null

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null

  @InstantColumn()
  updatedAt: Date

  @Column({ type: 'varchar', length: 36, nullable: true })
  updatedById: string | null
}
