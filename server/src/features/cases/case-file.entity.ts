import type { CaseSeverity, CaseStatus } from '@conduct-desk/shared'
import { Column, Entity, PrimaryColumn } from 'typeorm'
import { SealedColumn } from '../../platform/crypto/sealed-column.js'
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

  /** The team's review, for statistics: plain answers, never words. */
  @Column({ type: 'varchar', length: 5, nullable: true })
  safetyRisk: 'yes' | 'no' | null

  @Column({ type: 'varchar', length: 5, nullable: true })
  ongoingHarassment: 'yes' | 'no' | 'maybe' | null

  /** Yes or no, and nothing more: the transparency report says only that it was called. */
  @Column({ type: 'boolean', nullable: true })
  lawEnforcementCalled: boolean | null

  /**
   * The case this one was merged into: its reports, conversation and record moved there, and opening
   * this one by id opens that one. Null for a case that stands on its own.
   */
  @Column({ type: 'varchar', length: 36, nullable: true })
  mergedIntoId: string | null

  @InstantColumn({ nullable: true })
  mergedAt: Date | null

  @Column({ type: 'varchar', length: 36, nullable: true })
  mergedById: string | null

  /** The review in words (jurisdiction, impact, risk), one sealed JSON document. */
  @Column({ type: 'text', nullable: true })
  sealedReview: string | null
}

/** The team's review in words (`CaseReviewWords`), sealed. */
export const CASE_REVIEW = SealedColumn.of(CaseFileEntity, 'sealedReview', 'case_file', 'sealed_review')
