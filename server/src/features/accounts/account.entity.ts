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

  /**
   * The authenticator's TOTP secret, sealed by the field cipher; null until enrolment is confirmed.
   * No GraphQL field reads it, not even for administrators (SECURITY R15).
   */
  @Column({ type: 'text', nullable: true })
  totpSecret: string | null

  /** A secret shown for enrolment and not yet confirmed with a code from it; sealed. */
  @Column({ type: 'text', nullable: true })
  totpPendingSecret: string | null

  /** The last 30-second step whose code was accepted: a code of that step or earlier never works again. */
  @Column({ type: 'integer', nullable: true })
  totpLastStep: number | null
}
