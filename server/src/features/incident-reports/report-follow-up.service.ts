import { ErrorCode, normalizeReceiptPart } from '@conduct-desk/shared'
import type { Database } from '../../db/database.js'
import type { FieldCipher } from '../../platform/crypto/field-cipher.js'
import { DomainError } from '../../platform/errors/domain-error.js'
import type { FailureThrottle } from '../../platform/rate-limit/failure-throttle.js'
import { verifyAgainstDummy, verifyPassword } from '../../platform/security/password-hasher.js'
import { newId } from '../../platform/security/tokens.js'
import type { Clock } from '../../platform/time/clock.js'
import { CaseFileEntity } from '../cases/case-file.entity.js'
import type { PublishCaseChange } from '../cases/case-inbox.service.js'
import { CASE_MESSAGE_BODY, CaseMessageEntity } from '../cases/case-message.entity.js'
import { EventEntity } from '../events/event.entity.js'
import { acceptsReports } from '../events/reporting-window.js'
import { INCIDENT_REPORT_CONTENT, IncidentReportEntity } from './incident-report.entity.js'
import { ReportProgress, type ReportStatus } from './incident-report.type.js'
import type { ReportContent } from './report-content.js'

export interface FollowUpDeps {
  readonly db: Database
  readonly clock: Clock
  readonly cipher: FieldCipher
  /**
   * Wrong receipts per requester, and per reference (a reference guessed from many places); never
   * one count for everyone, which would let anyone close follow-ups to all (SECURITY R54).
   */
  readonly throttle: FailureThrottle<'requester' | 'reference'>
  readonly publish: PublishCaseChange
}

/** The same answer for a wrong reference, a wrong passphrase, or both (SECURITY R20, R23). */
const NO_MATCH = 'No report matches this reference and passphrase. Check both and try again.'

/** The reporter's side after sending: status and conversation, with nothing but the receipt. */
export class ReportFollowUpService {
  constructor(private readonly deps: FollowUpDeps) {}

  async status(reference: string, passphrase: string, requesterKey: string): Promise<ReportStatus> {
    return this.statusOf(await this.open(reference, passphrase, requesterKey))
  }

  private async statusOf(report: IncidentReportEntity): Promise<ReportStatus> {
    const [caseFile, messages] = await Promise.all([
      this.deps.db.read.findOneByOrFail(CaseFileEntity, { id: report.caseId }),
      this.deps.db.read.find(CaseMessageEntity, {
        where: { caseId: report.caseId },
        order: { createdAt: 'ASC' },
      }),
    ])
    const content = JSON.parse(
      this.deps.cipher.decrypt(report.sealedContent, INCIDENT_REPORT_CONTENT.at(report.id)),
    ) as ReportContent
    return {
      whatHappened: content.description,
      when: content.when,
      where: content.where,
      reference: report.reference,
      status: caseFile.status,
      progress: messages.some(message => message.authorKind === 'team')
        ? ReportProgress.ANSWERED
        : caseFile.firstReadAt !== null
          ? ReportProgress.READ
          : ReportProgress.RECEIVED,
      submittedOn: report.submittedAt.toISOString().slice(0, 10),
      messages: messages.map(message => ({
        from: message.authorKind === 'team' ? 'team' : 'you',
        body: this.deps.cipher.decrypt(message.sealedBody, CASE_MESSAGE_BODY.at(message.id)),
        sentOn: message.createdAt.toISOString().slice(0, 10),
      })),
    }
  }

  /** Adds the reporter's message to the case's conversation; the team sees it live. */
  async reply(
    reference: string,
    passphrase: string,
    body: string,
    requesterKey: string,
  ): Promise<ReportStatus> {
    const report = await this.open(reference, passphrase, requesterKey)
    const messageId = newId()
    await this.deps.db.write(async manager => {
      await manager.insert(CaseMessageEntity, {
        id: messageId,
        caseId: report.caseId,
        authorKind: 'reporter',
        authorId: null,
        sealedBody: this.deps.cipher.encrypt(body.trim(), CASE_MESSAGE_BODY.at(messageId)),
        createdAt: this.deps.clock.now(),
      })
      await manager.update(CaseFileEntity, { id: report.caseId }, { updatedAt: this.deps.clock.now() })
    })
    this.deps.publish(report.eventId, report.caseId)
    return this.statusOf(report)
  }

  /** The report a receipt opens, after the throttles and a slow hash check; NOT_FOUND otherwise. */
  async open(
    typedReference: string,
    typedPassphrase: string,
    requesterKey: string,
  ): Promise<IncidentReportEntity> {
    const reference = normalizeReceiptPart(typedReference, 'reference')
    const passphrase = normalizeReceiptPart(typedPassphrase, 'passphrase')
    const report = await this.deps.throttle.attempt({ requester: requesterKey, reference }, async () => {
      const found =
        reference === null ? null : await this.deps.db.read.findOneBy(IncidentReportEntity, { reference })
      const valid =
        found !== null && passphrase !== null
          ? await verifyPassword(found.passphraseHash, passphrase)
          : await verifyAgainstDummy(typedPassphrase)
      return valid ? found : null
    })
    if (report === null) {
      throw new DomainError(ErrorCode.NotFound, NO_MATCH)
    }
    // A month after the event closed, its reports can no longer be followed up from the public side.
    const event = await this.deps.db.read.findOneBy(EventEntity, { id: report.eventId })
    if (event === null || !acceptsReports(event, this.deps.clock.now())) {
      throw new DomainError(ErrorCode.NotFound, NO_MATCH)
    }
    return report
  }
}
