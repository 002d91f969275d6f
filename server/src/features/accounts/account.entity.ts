import { Column, Entity, PrimaryColumn } from 'typeorm'
import { InstantColumn } from '../../platform/db/columns.js'

/** A person who signs in to the dashboard. What they may do comes from their role assignments. */
@Entity({ name: 'account' })
export class AccountEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string

  /** Lower-cased at the door; unique. */
  @Column({ type: 'varchar', length: 254 })
  email: string

  @Column({ type: 'varchar', length: 120 })
  name: string

  /** An Argon2id PHC string; never leaves the server. */
  @Column({ type: 'varchar', length: 200 })
  passwordHash: string

  @InstantColumn()
  createdAt: Date

  @InstantColumn({ nullable: true })
  disabledAt: Date | null
}
