import { Column, Entity, PrimaryColumn } from 'typeorm'
import { InstantColumn } from '../../platform/db/columns.js'

/** A signed-in browser. Only the SHA-256 of the cookie's id is stored (SECURITY R17). */
@Entity({ name: 'session' })
export class SessionEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  idHash: string

  @Column({ type: 'varchar', length: 36 })
  accountId: string

  @InstantColumn()
  createdAt: Date

  @InstantColumn()
  lastSeenAt: Date

  /** The last time this browser proved who it is: sign-in, or a step-up confirmation (SECURITY R19). */
  @InstantColumn()
  authenticatedAt: Date

  /**
   * False only for a session started without a second factor during an event's grace period; such a
   * session ends when the grace period does.
   */
  @Column({ type: 'boolean' })
  hasSecondFactor: boolean
}
