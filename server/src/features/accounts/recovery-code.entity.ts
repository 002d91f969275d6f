import { Column, Entity, PrimaryColumn } from 'typeorm'
import { InstantColumn } from '../../platform/db/columns.js'

/** One of an account's single-use recovery codes; only its SHA-256 is kept (SECURITY R15). */
@Entity({ name: 'recovery_code' })
export class RecoveryCodeEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string

  @Column({ type: 'varchar', length: 36 })
  accountId: string

  @Column({ type: 'varchar', length: 64 })
  codeHash: string

  @InstantColumn({ nullable: true })
  usedAt: Date | null

  @InstantColumn()
  createdAt: Date
}
