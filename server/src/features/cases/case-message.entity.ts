import { Column, Entity, PrimaryColumn } from 'typeorm'
import { InstantColumn } from '../../platform/db/columns.js'
import { SealedColumn } from '../../platform/crypto/sealed-column.js'

/** One message between the team and the (anonymous) reporter; the body is encrypted. */
@Entity({ name: 'case_message' })
export class CaseMessageEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string

  @Column({ type: 'varchar', length: 36 })
  caseId: string

  /**
   * The report whose reporter wrote it or is written to: in a merged case, each reporter reads only
   * their own conversation. Null only in rows written before reports could be merged.
   */
  @Column({ type: 'varchar', length: 36, nullable: true })
  reportId: string | null

  @Column({ type: 'varchar', length: 12 })
  authorKind: 'reporter' | 'team'

  @Column({ type: 'varchar', length: 36, nullable: true })
  authorId: string | null

  @Column({ type: 'text' })
  sealedBody: string

  @InstantColumn()
  createdAt: Date
}

export const CASE_MESSAGE_BODY = SealedColumn.of(
  CaseMessageEntity,
  'sealedBody',
  'case_message',
  'sealed_body',
)
