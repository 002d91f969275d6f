import type { CaseAction } from '@conduct-desk/shared'
import { Column, Entity, PrimaryColumn } from 'typeorm'

/**
 * One action chosen on a proposed resolution (DESIGN §5), a key and never words, so the
 * transparency report counts actions in SQL without reading anything sealed. The case's actions are
 * those of its proposal that was decided; a withdrawn proposal's actions stay with it and never count.
 */
@Entity({ name: 'case_action' })
export class CaseActionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  proposalId: string

  @PrimaryColumn({ type: 'varchar', length: 40 })
  action: CaseAction

  /** The proposal's case, kept on the row so statistics group an event's actions without the proposal. */
  @Column({ type: 'varchar', length: 36 })
  caseId: string
}
