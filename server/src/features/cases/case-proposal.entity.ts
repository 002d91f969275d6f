import { Column, Entity, PrimaryColumn } from 'typeorm'
import { InstantColumn } from '../../platform/db/columns.js'
import { SealedColumn } from '../../platform/crypto/sealed-column.js'

/** What the reporter answered to a proposed resolution, or that the team could not reach them. */
export type ReporterResponse = 'agrees' | 'concerns' | 'unreachable'

/**
 * A proposed resolution: in plain words for the reporter (sealed), signed off by two different
 * responders (`case_sign_off`) and answered by the reporter before the case is decided. Sending the
 * case back to review withdraws it; a new proposal starts the sign-offs afresh.
 */
@Entity({ name: 'case_proposal' })
export class CaseProposalEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string

  @Column({ type: 'varchar', length: 36 })
  caseId: string

  @Column({ type: 'text' })
  sealedResolution: string

  @Column({ type: 'varchar', length: 36, nullable: true })
  proposedById: string | null

  @InstantColumn()
  createdAt: Date

  @InstantColumn({ nullable: true })
  withdrawnAt: Date | null

  @Column({ type: 'varchar', length: 12, nullable: true })
  reporterResponse: ReporterResponse | null

  /** The reporter's words, or the team's reason they could not be reached. */
  @Column({ type: 'text', nullable: true })
  sealedResponseNote: string | null

  /** Null when the reporter answered themselves on the follow-up page. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  responseRecordedById: string | null

  @InstantColumn({ nullable: true })
  respondedAt: Date | null
}

export const CASE_PROPOSAL_RESOLUTION = SealedColumn.of(
  CaseProposalEntity,
  'sealedResolution',
  'case_proposal',
  'sealed_resolution',
)

export const CASE_PROPOSAL_RESPONSE_NOTE = SealedColumn.of(
  CaseProposalEntity,
  'sealedResponseNote',
  'case_proposal',
  'sealed_response_note',
)
