import { Column, Entity, PrimaryColumn } from 'typeorm'
import { InstantColumn } from '../../platform/db/columns.js'
import { SealedColumn } from '../../platform/crypto/sealed-column.js'

/** What the team writes down about a case, for the team only (never shown to the reporter). */
export type CaseEntryKind = 'note' | 'fact' | 'immediate-action'

/**
 * One timestamped entry of the team's record: a note, a fact determined, or an immediate action one
 * responder took on the spot (asked someone to leave a space, paused a talk), which another
 * responder reviews within 24 hours. The words are sealed.
 */
@Entity({ name: 'case_entry' })
export class CaseEntryEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string

  @Column({ type: 'varchar', length: 36 })
  caseId: string

  @Column({ type: 'varchar', length: 20 })
  kind: CaseEntryKind

  @Column({ type: 'text' })
  sealedBody: string

  @Column({ type: 'varchar', length: 36, nullable: true })
  authorId: string | null

  @InstantColumn()
  createdAt: Date

  /** Immediate actions: the team reviews it by then. */
  @InstantColumn({ nullable: true })
  reviewDueAt: Date | null

  @InstantColumn({ nullable: true })
  reviewedAt: Date | null

  @Column({ type: 'varchar', length: 36, nullable: true })
  reviewedById: string | null

  /** Immediate actions still unreviewed when due: when the team was reminded (once). */
  @InstantColumn({ nullable: true })
  remindedAt: Date | null
}

export const CASE_ENTRY_BODY = SealedColumn.of(CaseEntryEntity, 'sealedBody', 'case_entry', 'sealed_body')
