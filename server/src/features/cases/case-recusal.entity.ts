import { Column, Entity, PrimaryColumn } from 'typeorm'
import { InstantColumn } from '../../platform/db/columns.js'

/**
 * A responder who stands aside from a case: `declared` (a conflict they need not explain) or
 * `involved` (they are one of the people involved). From their next request on they cannot see the
 * case on any path. A reporter's exclusion is the other way out, kept in `case_access`.
 */
@Entity({ name: 'case_recusal' })
export class CaseRecusalEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string

  @Column({ type: 'varchar', length: 36 })
  caseId: string

  @Column({ type: 'varchar', length: 36 })
  accountId: string

  @Column({ type: 'varchar', length: 12 })
  kind: 'declared' | 'involved'

  @InstantColumn()
  createdAt: Date
}
