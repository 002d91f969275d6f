import { Column, Entity, PrimaryColumn } from 'typeorm'
import { InstantColumn, JsonColumn } from '../../platform/db/columns.js'
import { SealedColumn } from '../../platform/crypto/sealed-column.js'

export type CasePersonRole = 'reporter' | 'reported' | 'witness'
export type CasePersonFlag = 'speaker' | 'sponsor' | 'staff' | 'volunteer'

/**
 * Someone involved in a case, as the team works with them: a code name that stays ("Person A"),
 * their role and what they are at the event. Who they really are (name, how to reach them) is one
 * sealed document, opened only by a reveal.
 */
@Entity({ name: 'case_person' })
export class CasePersonEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string

  @Column({ type: 'varchar', length: 36 })
  caseId: string

  @Column({ type: 'varchar', length: 20 })
  codeName: string

  @Column({ type: 'varchar', length: 12 })
  role: CasePersonRole

  @JsonColumn()
  flags: CasePersonFlag[]

  @Column({ type: 'text' })
  sealedIdentity: string

  /** A member of the team: they stand aside from the case (recusal `involved`). */
  @Column({ type: 'varchar', length: 36, nullable: true })
  accountId: string | null

  @InstantColumn()
  createdAt: Date
}

export const CASE_PERSON_IDENTITY = SealedColumn.of(
  CasePersonEntity,
  'sealedIdentity',
  'case_person',
  'sealed_identity',
)
