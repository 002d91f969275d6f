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
}
