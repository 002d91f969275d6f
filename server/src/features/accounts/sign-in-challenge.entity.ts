import { Column, Entity, PrimaryColumn } from 'typeorm'
import { InstantColumn } from '../../platform/db/columns.js'

/** What a pending sign-in waits for after the password. */
export const ChallengeKind = {
  /** A code from the authenticator app, or a recovery code. */
  SecondFactor: 'second-factor',
  /** Setting up an authenticator, which the account must do before it gets a session. */
  Enrol: 'enrol',
} as const
export type ChallengeKind = (typeof ChallengeKind)[keyof typeof ChallengeKind]

/**
 * A sign-in that has passed the password and waits for the second factor. Bound to one browser by
 * an HttpOnly cookie holding a random id, of which only the SHA-256 is stored. It grants nothing: no
 * viewer is ever built from it.
 */
@Entity({ name: 'sign_in_challenge' })
export class SignInChallengeEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  idHash: string

  @Column({ type: 'varchar', length: 36 })
  accountId: string

  @Column({ type: 'varchar', length: 16 })
  kind: ChallengeKind

  /** Codes tried so far; counted before each check, so parallel guesses cannot exceed the limit. */
  @Column({ type: 'integer' })
  attempts: number

  @InstantColumn()
  createdAt: Date

  @InstantColumn()
  expiresAt: Date
}
