import { CaseReason, CaseStatus } from '@conduct-desk/shared'
import { IsNull, type EntityManager } from 'typeorm'
import type { Viewer } from '../../authorization/viewer.js'
import type { Database } from '../../db/database.js'
import type { FieldCipher } from '../../platform/crypto/field-cipher.js'
import { badUserInput } from '../../platform/errors/domain-error.js'
import { newId } from '../../platform/security/tokens.js'
import type { Clock } from '../../platform/time/clock.js'
import { CaseFileEntity } from './case-file.entity.js'
import type { CaseGate } from './case-gate.js'
import type { PublishCaseChange } from './case-inbox.service.js'
import { CASE_MESSAGE_BODY, CaseMessageEntity } from './case-message.entity.js'
import { recordStatusChange } from './case-status-changes.js'
import { IncidentReportEntity } from './incident-report.entity.js'

/** The conversation between the team and the (anonymous) reporter. */
export class CaseMessagesService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly cipher: FieldCipher,
    private readonly gate: CaseGate,
    private readonly publish: PublishCaseChange,
  ) {}

  /**
   * A message from the team to the reporter, who reads it with their receipt. Writing to the
   * reporter acknowledges a new report: their follow-up page says so. A case that holds several
   * reports (merged) has several reporters, and each reads only what is written to them: the team
   * names the report (`reportId`) whose reporter the message is for.
   */
  send(
    viewer: Viewer,
    caseId: string,
    body: string,
    reportId: string | null = null,
  ): Promise<CaseMessageEntity & { body: string }> {
    return this.gate.write(viewer, caseId, 'case.message', async (manager, { caseFile, now }) => {
      const reports = await manager.find(IncidentReportEntity, {
        where: { caseId },
        order: { submittedAt: 'ASC' },
      })
      const to = reportId === null && reports.length === 1 ? reports[0] : reports.find(r => r.id === reportId)
      if (to === undefined) {
        throw badUserInput(
          'Choose the report whose reporter this message is for.',
          'reportId',
          CaseReason.ReporterNotChosen,
        )
      }
      const message = await this.insert(
        manager,
        { caseId, reportId: to.id },
        'team',
        viewer.accountId,
        body,
        now,
      )
      if (caseFile.status === CaseStatus.New) {
        await recordStatusChange(manager, caseFile, CaseStatus.Acknowledged, viewer.accountId, now)
      }
      await manager.update(CaseFileEntity, { id: caseId, firstReadAt: IsNull() }, { firstReadAt: now })
      await manager.update(CaseFileEntity, { id: caseId }, { lastTeamMessageAt: now })
      return message
    })
  }

  /**
   * The reporter's message, after intake checked their receipt: the team sees it live. Audited with
   * no actor: the reporter is anonymous.
   */
  async fromReporter(
    report: Pick<IncidentReportEntity, 'id' | 'caseId' | 'eventId'>,
    body: string,
  ): Promise<void> {
    const now = this.clock.now()
    const caseFile = { id: report.caseId, eventId: report.eventId }
    await this.db.write(async manager => {
      await this.insert(manager, { caseId: caseFile.id, reportId: report.id }, 'reporter', null, body, now)
      await manager.update(CaseFileEntity, { id: caseFile.id }, { updatedAt: now })
      await this.gate.record(manager, null, 'case.message', caseFile)
    })
    this.publish(caseFile.eventId, caseFile.id)
  }

  /**
   * The conversation, oldest first, decrypted: the whole case's for the team, or only one report's
   * (`reportId`) for its reporter.
   */
  async of(
    caseId: string,
    reportId: string | null = null,
  ): Promise<(CaseMessageEntity & { body: string })[]> {
    const rows = await this.db.read.find(CaseMessageEntity, {
      // Rows that name no report predate merging: their case then held only this report.
      where:
        reportId === null
          ? { caseId }
          : [
              { caseId, reportId },
              { caseId, reportId: IsNull() },
            ],
      order: { createdAt: 'ASC' },
    })
    return rows.map(row => ({
      ...row,
      body: this.cipher.decrypt(row.sealedBody, CASE_MESSAGE_BODY.at(row.id)),
    }))
  }

  private async insert(
    manager: EntityManager,
    { caseId, reportId }: { caseId: string; reportId: string },
    authorKind: 'reporter' | 'team',
    authorId: string | null,
    body: string,
    createdAt: Date,
  ): Promise<CaseMessageEntity & { body: string }> {
    const id = newId()
    const message = {
      id,
      caseId,
      reportId,
      authorKind,
      authorId,
      sealedBody: this.cipher.encrypt(body.trim(), CASE_MESSAGE_BODY.at(id)),
      createdAt,
    }
    await manager.insert(CaseMessageEntity, message)
    return { ...message, body: body.trim() }
  }
}
