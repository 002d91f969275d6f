import { Column, Entity, PrimaryColumn } from 'typeorm'

/** The reporter's wishes about a contact: `preferred` (please involve) or `excluded` (must never see it). */
@Entity({ name: 'case_access' })
export class CaseAccessEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string

  @Column({ type: 'varchar', length: 36 })
  caseId: string

  @Column({ type: 'varchar', length: 36 })
  contactId: string

  @Column({ type: 'varchar', length: 12 })
  kind: 'preferred' | 'excluded'
}
