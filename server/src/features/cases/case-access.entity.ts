import { Column, Entity, PrimaryColumn } from 'typeorm'

/**
 * The reporter's wishes about a contact: `preferred` (please involve) or `excluded` (must never see
 * it). The wish is about a person, so it also holds the contact's account as it was at intake: an
 * exclusion follows the account, and a contact named in a wish cannot be relinked to another one.
 */
@Entity({ name: 'case_access' })
export class CaseAccessEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string

  @Column({ type: 'varchar', length: 36 })
  caseId: string

  @Column({ type: 'varchar', length: 36 })
  contactId: string

  /** The contact's account at intake, or null if it had none yet (then the contact's link decides). */
  @Column({ type: 'varchar', length: 36, nullable: true })
  accountId: string | null

  @Column({ type: 'varchar', length: 12 })
  kind: 'preferred' | 'excluded'
}
