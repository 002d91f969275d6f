import { Column, Entity, PrimaryColumn } from 'typeorm'
import { InstantColumn } from '../../platform/db/columns.js'

/**
 * A single-use, expiring link that gives an email address one role. The first admin is invited the
 * same way, by a setup link printed at first start. Only the token's hash is stored.
 */
@Entity({ name: 'invitation' })
export class InvitationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string

  @Column({ type: 'varchar', length: 64 })
  tokenHash: string

  @Column({ type: 'varchar', length: 254 })
  email: string

  @Column({ type: 'varchar', length: 20 })
  role: string

  @Column({ type: 'varchar', length: 36, nullable: true })
  eventId: string | null

  @Column({ type: 'varchar', length: 36, nullable: true })
  invitedById: string | null

  /** The CoC contact that accepting this invitation links to the account, if it was sent for one. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  contactId: string | null

  @InstantColumn()
  expiresAt: Date

  @InstantColumn({ nullable: true })
  redeemedAt: Date | null

  @InstantColumn()
  createdAt: Date
}
