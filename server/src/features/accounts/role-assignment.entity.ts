import { Column, Entity, PrimaryColumn } from 'typeorm'
import { InstantColumn } from '../../platform/db/columns.js'

/**
 * One role of one account: for one event (organizer, responder, chair) or for the whole deployment
 * (admin, wg, with `eventId` null). Access is a row, so taking a role away takes effect on the very
 * next request. A case-reading role (responder, chair) is an appointment: it grants nothing until a
 * second person approves it (`approvedAt`), and it records who appointed and who approved.
 */
@Entity({ name: 'role_assignment' })
export class RoleAssignmentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string

  @Column({ type: 'varchar', length: 36 })
  accountId: string

  @Column({ type: 'varchar', length: 36, nullable: true })
  eventId: string | null

  @Column({ type: 'varchar', length: 20 })
  role: string

  @InstantColumn()
  createdAt: Date

  /** Who issued the invitation that gave this role; null for the first admin and the demo. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  appointedById: string | null

  @Column({ type: 'varchar', length: 36, nullable: true })
  approvedById: string | null

  /** Null while an appointment waits for its second person; the role counts only once set. */
  @InstantColumn({ nullable: true })
  approvedAt: Date | null
}
