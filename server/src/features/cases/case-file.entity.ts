import type { CaseSeverity, CaseStatus } from '@conduct-desk/shared'
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

  /**
   * One line for the transparency report, written to be published (so readable, not sealed);
   * required before closing. Never a name: the report's privacy check reads it.
   */
  @Column({ type: 'varchar', length: 300, nullable: true })
  publicSummary: string | null

  /** The team's judgement of how serious it is; null until someone sets it. */
  @Column({ type: 'varchar', length: 12, nullable: true })
  severity: CaseSeverity | null

  /** The responder who leads the case (never alone: decisions still need two sign-offs). */
  @Column({ type: 'varchar', length: 36, nullable: true })
  assignedToId: string | null

  /** When the team last wrote to the reporter: the follow-up target counts from it. */
  @InstantColumn({ nullable: true })
  lastTeamMessageAt: Date | null
}
