import { Column, Entity, PrimaryColumn } from 'typeorm'
import { InstantColumn } from '../../platform/db/columns.js'

/**
 * An administrator's grace period for one event: until `endsAt`, people whose roles are all in
 * events with an open grace period may sign in without a second factor, and are asked to set one up.
 */
@Entity({ name: 'two_factor_grace' })
export class TwoFactorGraceEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  eventId: string

  @InstantColumn()
  endsAt: Date

  @Column({ type: 'varchar', length: 36, nullable: true })
  grantedById: string | null

  @InstantColumn()
  createdAt: Date
}
