import { Column, Entity, PrimaryColumn } from 'typeorm'
import { InstantColumn } from '../../platform/db/columns.js'

/** One responder agreeing to a proposal; unique per person and proposal in the database. */
@Entity({ name: 'case_sign_off' })
export class CaseSignOffEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string

  @Column({ type: 'varchar', length: 36 })
  proposalId: string

  @Column({ type: 'varchar', length: 36 })
  accountId: string

  @InstantColumn()
  createdAt: Date
}
