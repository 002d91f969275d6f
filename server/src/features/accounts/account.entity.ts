import { Column, Entity, PrimaryColumn } from 'typeorm'
import { InstantColumn } from '../../platform/db/columns.js'
import { SealedColumn } from '../../platform/crypto/sealed-column.js'

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

/** The authenticator secret of an account, sealed (SECURITY R15, R56). */
export const ACCOUNT_TOTP_SECRET = SealedColumn.of(AccountEntity, 'totpSecret', 'account', 'totp_secret')
/** A secret being set up, until a code from it confirms it. */
export const ACCOUNT_TOTP_PENDING_SECRET = SealedColumn.of(
  AccountEntity,
  'totpPendingSecret',
  'account',
  'totp_pending_secret',
)
