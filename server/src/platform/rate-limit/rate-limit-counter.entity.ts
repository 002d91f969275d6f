import { Column, Entity, PrimaryColumn } from 'typeorm'
import { InstantColumn } from '../db/columns.js'

/**
 * One shared rate-limit count (see counter-state.ts), so every server process on the database and a
 * restarted one see the same count. Keyed by a SHA-256 of scope and key: accounts, receipt
 * references, kiosks, "everyone"; never a network address, which stays in memory (SECURITY R22).
 */
@Entity({ name: 'rate_limit_counter' })
export class RateLimitCounterEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string

  /** Which limit (`sign-in:account`), for people reading the table; not secret. */
  @Column({ type: 'varchar', length: 40 })
  scope: string

  @InstantColumn()
  windowStartedAt: Date

  @Column({ type: 'integer' })
  reserved: number

  @Column({ type: 'integer' })
  used: number

  @InstantColumn({ nullable: true })
  lockedUntil: Date | null

  @Column({ type: 'integer' })
  lockouts: number

  /** The sweep deletes the row after this. */
  @InstantColumn()
  expiresAt: Date
}
