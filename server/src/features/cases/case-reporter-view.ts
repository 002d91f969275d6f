import type { CaseStatus } from '@conduct-desk/shared'
import { IsNull } from 'typeorm'
import type { Database } from '../../db/database.js'
import type { FieldCipher } from '../../platform/crypto/field-cipher.js'
import { CaseFileEntity } from './case-file.entity.js'
import type { CaseGate } from './case-gate.js'
import type { CaseMessageEntity } from './case-message.entity.js'
import type { CaseMessagesService } from './case-messages.service.js'
import {
  CASE_PROPOSAL_RESOLUTION,
  CASE_PROPOSAL_RESPONSE_NOTE,
  CaseProposalEntity,
  type ReporterResponse,
} from './case-proposal.entity.js'
import type { IncidentReportEntity } from './incident-report.entity.js'

/** What the reporter may know of their case: never who on the team did what. */
export interface ReporterView {
  readonly caseFile: CaseFileEntity
  readonly status: CaseStatus
  readonly isRead: boolean
  readonly messages: readonly (CaseMessageEntity & { body: string })[]
  /** The resolution proposed to them while it waits for their response or the decision. */
  readonly proposal: {
    readonly resolution: string
    readonly proposedAt: Date
    readonly response: ReporterResponse | null
    readonly responseNote: string | null
  } | null
}

/** The reporter's side of a case, read after their receipt was checked. */
export class CaseReporterView {
  constructor(
    private readonly db: Database,
    private readonly cipher: FieldCipher,
    private readonly messages: CaseMessagesService,
    private readonly gate: CaseGate,
  ) {}

  /**
   * The reporter's view of the case that holds their report; the read is audited without an actor
   * (they are anonymous). In a case merged from several reports, they read its status and proposal
   * but only their own conversation: never another reporter's report or messages.
   */
  async of(report: Pick<IncidentReportEntity, 'id' | 'caseId'>): Promise<ReporterView> {
    const caseId = report.caseId
    const [caseFile, messages, proposal] = await Promise.all([
      this.db.read.findOneByOrFail(CaseFileEntity, { id: caseId }),
      this.messages.of(caseId, report.id),
      this.db.read.findOne(CaseProposalEntity, {
        where: { caseId, withdrawnAt: IsNull() },
        order: { createdAt: 'DESC' },
      }),
    ])
    await this.db.write(manager => this.gate.record(manager, null, 'case.read', caseFile))
    return {
      caseFile,
      status: caseFile.status,
      isRead: caseFile.firstReadAt !== null,
      messages,
      proposal:
        proposal === null
          ? null
          : {
              resolution: this.cipher.decrypt(
                proposal.sealedResolution,
                CASE_PROPOSAL_RESOLUTION.at(proposal.id),
              ),
              proposedAt: proposal.createdAt,
              response: proposal.reporterResponse,
              // The team's reason for not reaching them is theirs; the reporter sees only their own words.
              responseNote:
                proposal.sealedResponseNote === null || proposal.responseRecordedById !== null
                  ? null
                  : this.cipher.decrypt(
                      proposal.sealedResponseNote,
                      CASE_PROPOSAL_RESPONSE_NOTE.at(proposal.id),
                    ),
            },
    }
  }
}
