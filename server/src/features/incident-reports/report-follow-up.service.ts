import { ErrorCode, normalizeReceiptPart } from '@conduct-desk/shared'
import type { Database } from '../../db/database.js'
import type { FieldCipher } from '../../platform/crypto/field-cipher.js'
import { DomainError } from '../../platform/errors/domain-error.js'
import type { FailureThrottle } from '../../platform/rate-limit/failure-throttle.js'
import { verifyAgainstDummy, verifyPassword } from '../../platform/security/password-hasher.js'
import type { Clock } from '../../platform/time/clock.js'
import type { CaseDecisionsService } from '../cases/case-decisions.service.js'
import type { CaseMessagesService } from '../cases/case-messages.service.js'
import type { ReporterResponse } from '../cases/case-proposal.entity.js'
import type { CaseReporterView } from '../cases/case-reporter-view.js'
import { INCIDENT_REPORT_CONTENT, IncidentReportEntity } from '../cases/incident-report.entity.js'
import { parseReportContent } from '../cases/report-content.js'
import { EventEntity } from '../events/event.entity.js'
import { acceptsReports } from '../events/reporting-window.js'
import { ReportProgress, type ReportStatus } from './incident-report.type.js'

export interface FollowUpDeps {
  readonly db: Database
  readonly clock: Clock
  readonly cipher: FieldCipher
  /**
   * Wrong receipts per requester, and per reference (a reference guessed from many places); never
   * one count for everyone, which would let anyone close follow-ups to all (SECURITY R54).
   */
  readonly throttle: FailureThrottle<'requester' | 'reference'>
  /** The reporter's side of the case: what they may see, their messages and their response. */
  readonly view: CaseReporterView
  readonly messages: CaseMessagesService
  readonly decisions: CaseDecisionsService
}

/** The same answer for a wrong reference, a wrong passphrase, or both (SECURITY R20, R23). */
const NO_MATCH = 'No report matches this reference and passphrase. Check both and try again.'

/** Dates only, as the reporter's page shows them. */
const dayOf = (instant: Date) => instant.toISOString().slice(0, 10)

/** The reporter's side after sending: status and conversation, with nothing but the receipt. */
export class ReportFollowUpService {
  constructor(private readonly deps: FollowUpDeps) {}

  async status(reference: string, passphrase: string, requesterKey: string): Promise<ReportStatus> {
    return this.statusOf(await this.open(reference, passphrase, requesterKey))
  }

  private async statusOf(report: IncidentReportEntity): Promise<ReportStatus> {
    const { status, isRead, messages, proposal } = await this.deps.view.of(report)
    const content = parseReportContent(
      this.deps.cipher.decrypt(report.sealedContent, INCIDENT_REPORT_CONTENT.at(report.id)),
    )
    return {
      whatHappened: content.description,
      when: content.when,
      where: content.where,
      reference: report.reference,
      status,
      progress: messages.some(message => message.authorKind === 'team')
        ? ReportProgress.ANSWERED
        : isRead
          ? ReportProgress.READ
          : ReportProgress.RECEIVED,
      submittedOn: dayOf(report.submittedAt),
      messages: messages.map(message => ({
        from: message.authorKind === 'team' ? 'team' : 'you',
        body: message.body,
        sentOn: dayOf(message.createdAt),
      })),
      proposedResolution:
        proposal === null
          ? null
          : {
              text: proposal.resolution,
              proposedOn: dayOf(proposal.proposedAt),
              response: proposal.response,
              yourNote: proposal.responseNote,
            },
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
    await this.deps.messages.fromReporter(report, body)
    return this.statusOf(report)
  }

  /** The reporter answers the resolution the team proposed, once; the team sees it before deciding. */
  async respond(
    reference: string,
    passphrase: string,
    response: Exclude<ReporterResponse, 'unreachable'>,
    note: string | null,
    requesterKey: string,
  ): Promise<ReportStatus> {
    const report = await this.open(reference, passphrase, requesterKey)
    await this.deps.decisions.respondAsReporter(
      { id: report.caseId, eventId: report.eventId },
      response,
      note,
    )
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
