import { Column, Entity, PrimaryColumn } from 'typeorm'
import { SealedColumn } from '../../platform/crypto/sealed-column.js'
import { InstantColumn } from '../../platform/db/columns.js'

/**
 * Two cases of one event the team sees as related (the same people, the same evening), kept apart.
 * One row per pair, the ids in order; the team's note on why is sealed.
 */
@Entity({ name: 'case_link' })
export class CaseLinkEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string

  @Column({ type: 'varchar', length: 36 })
  caseId: string

  @Column({ type: 'varchar', length: 36 })
  otherCaseId: string

  @Column({ type: 'text', nullable: true })
  sealedNote: string | null

  @Column({ type: 'varchar', length: 36, nullable: true })
  createdById: string | null

  @InstantColumn()
  createdAt: Date
}

export const CASE_LINK_NOTE = SealedColumn.of(CaseLinkEntity, 'sealedNote', 'case_link', 'sealed_note')
