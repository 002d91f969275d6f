import type { CaseStatus } from '@conduct-desk/shared'
import { Column, Entity, PrimaryColumn } from 'typeorm'
import { InstantColumn } from '../../platform/db/columns.js'

/** One move of a case's status, with who made it: the timeline and the overdue targets read these. */
@Entity({ name: 'case_status_change' })
export class CaseStatusChangeEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string

  @Column({ type: 'varchar', length: 36 })
  caseId: string

  @Column({ type: 'varchar', length: 24 })
  fromStatus: CaseStatus

  @Column({ type: 'varchar', length: 24 })
  toStatus: CaseStatus

  /** Null when nobody on the team made it (none today; kept for moves a schedule might make). */
  @Column({ type: 'varchar', length: 36, nullable: true })
  actorId: string | null

  @InstantColumn()
  createdAt: Date
}
