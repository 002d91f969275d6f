import { CaseStatus } from '@conduct-desk/shared'
import { In, type EntityManager } from 'typeorm'
import type { Viewer } from '../../authorization/viewer.js'
import type { FieldCipher } from '../../platform/crypto/field-cipher.js'
import { newId } from '../../platform/security/tokens.js'
import type { Clock } from '../../platform/time/clock.js'
import { CaseAccessEntity } from './case-access.entity.js'
import { CaseFileEntity } from './case-file.entity.js'
import type { CaseGate } from './case-gate.js'
import { codeNameCandidates } from './code-names.js'
import { INCIDENT_REPORT_CONTENT, IncidentReportEntity } from './incident-report.entity.js'
import { sealableReportContent, type ReportContent } from './report-content.js'

/** How many random code names to try before numbering one. */
const CODE_NAME_CANDIDATES = 50

/** A report as intake checked it: everything the case's first rows hold. */
export interface ReportToFile {
  readonly eventId: string
  readonly reference: string
  readonly passphraseHash: string
  readonly content: ReportContent
  readonly category: string | null
  readonly language: string
  readonly isOngoing: boolean
  readonly isUrgent: boolean
  readonly channel: string
  /** The responder who wrote it down in person; they read it as it was told. */
  readonly enteredBy: Viewer | null
  /** The contacts named in the wishes, with the account each has now (a wish follows the person). */
  readonly accountOfContact: ReadonlyMap<string, string | null>
}

/** Opens cases from reports. The caller's transaction holds the rest of the intake (an urgent alert). */
export class CaseOpening {
  constructor(
    private readonly clock: Clock,
    private readonly cipher: FieldCipher,
    private readonly gate: CaseGate,
  ) {}

  /**
   * Opens a case in `new` for a report: the case with a code name free in its event, the sealed
   * report, and the reporter's wishes (an excluded contact is never also preferred). Audited.
   */
  async openFromReport(manager: EntityManager, report: ReportToFile): Promise<{ caseId: string }> {
    const now = this.clock.now()
    const caseId = newId()
    const reportId = newId()
    // Asks only about a few random candidates, so opening a case costs the same in a busy event.
    const candidates = codeNameCandidates(CODE_NAME_CANDIDATES)
    const taken = new Set(
      (await manager.findBy(CaseFileEntity, { eventId: report.eventId, codeName: In(candidates) })).map(
        row => row.codeName,
      ),
    )
    const caseFile = {
      id: caseId,
      eventId: report.eventId,
      // In an event with thousands of cases, a number keeps a name unique without changing its shape.
      codeName:
        candidates.find(name => !taken.has(name)) ??
        `${candidates[0]} ${await manager.countBy(CaseFileEntity, { eventId: report.eventId })}`,
      status: CaseStatus.New,
      createdAt: now,
      updatedAt: now,
      firstReadAt: report.enteredBy === null ? null : now,
    }
    await manager.insert(CaseFileEntity, caseFile)
    await manager.insert(IncidentReportEntity, {
      id: reportId,
      eventId: report.eventId,
      caseId,
      reference: report.reference,
      passphraseHash: report.passphraseHash,
      channel: report.channel,
      language: report.language,
      sealedContent: this.cipher.encrypt(
        sealableReportContent(report.content),
        INCIDENT_REPORT_CONTENT.at(reportId),
      ),
      category: report.category,
      isOngoing: report.isOngoing,
      isUrgent: report.isUrgent,
      enteredById: report.enteredBy?.accountId ?? null,
      submittedAt: now,
    })
    const { preferredContactIds, excludedContactIds } = report.content
    const wishes = [
      ...preferredContactIds
        .filter(id => !excludedContactIds.includes(id))
        .map(contactId => ({ contactId, kind: 'preferred' as const })),
      ...excludedContactIds.map(contactId => ({ contactId, kind: 'excluded' as const })),
    ]
    for (const wish of wishes) {
      const accountId = report.accountOfContact.get(wish.contactId) ?? null
      await manager.insert(CaseAccessEntity, { id: newId(), caseId, accountId, ...wish })
    }
    await this.gate.record(manager, report.enteredBy, 'case.open', caseFile)
    return { caseId }
  }
}
