import type { CaseStatus } from '@conduct-desk/shared'
import { Column, Entity, PrimaryColumn } from 'typeorm'
import { InstantColumn } from '../../platform/db/columns.js'

/**
 * The team's record of one or more incident reports, known inside the team by a random two-word
 * code name. Case management (sign-offs, recusal, actions, audit) builds on this row.
 */
@Entity({ name: 'case_file' })
export class CaseFileEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string

  @Column({ type: 'varchar', length: 36 })
  eventId: string

  @Column({ type: 'varchar', length: 60 })
  codeName: string

  /** Moves only along CASE_TRANSITIONS of @conduct-desk/shared. */
  @Column({ type: 'varchar', length: 24 })
  status: CaseStatus

  @InstantColumn()
  createdAt: Date

  @InstantColumn()
  updatedAt: Date

  /** When a responder first opened it: the reporter's follow-up page then says the team read it. */
  @InstantColumn({ nullable: true })
  firstReadAt: Date | null
}
