import { CaseStatus, Role } from '@conduct-desk/shared'
import { In, IsNull } from 'typeorm'
import { holdsRole, type Viewer } from '../../authorization/viewer.js'
import type { Database } from '../../db/database.js'
import type { FieldCipher } from '../../platform/crypto/field-cipher.js'
import { notFound } from '../../platform/errors/domain-error.js'
import { newId } from '../../platform/security/tokens.js'
import type { Clock } from '../../platform/time/clock.js'
import { AccountEntity } from '../accounts/account.entity.js'
import { ContactEntity } from '../contacts/contact.entity.js'
import { INCIDENT_REPORT_CONTENT, IncidentReportEntity } from '../incident-reports/incident-report.entity.js'
import type { ReportContent } from '../incident-reports/report-content.js'
import { CaseAccessEntity } from './case-access.entity.js'
import { CaseFileEntity } from './case-file.entity.js'
import { CASE_MESSAGE_BODY, CaseMessageEntity } from './case-message.entity.js'
import { isRequestedFrom, isVisibleTo, type CaseReader } from './case-visibility.js'
import type { CaseDetail, CaseMessage, CaseSummary } from './case.type.js'

/** The topic on which an event's inbox changes; each subscriber re-reads what they may see. */
export const caseInboxTopic = (eventId: string) => `CASE_INBOX:${eventId}`

/** What a change to a case publishes: which case, so a subscriber it is hidden from hears nothing. */
export interface CaseChange {
  readonly caseId: string
}

/** Tells the event's open inboxes that a case arrived or changed. */
export type PublishCaseChange = (eventId: string, caseId: string) => void

/** Responders reading and answering the event's cases: never one a reporter kept from them. */
export class CaseInboxService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly cipher: FieldCipher,
    private readonly publish: PublishCaseChange,
  ) {}

  /** The event's cases the viewer may see, newest activity first. */
  async list(viewer: Viewer, eventId: string): Promise<CaseSummary[]> {
    if (!holdsRole(viewer, Role.Responder, eventId)) {
      return []
    }
    const cases = await this.db.read.find(CaseFileEntity, {
      where: { eventId },
      order: { updatedAt: 'DESC' },
    })
    return this.summaries(viewer, eventId, cases)
  }

  /** One case, decrypted. @throws NOT_FOUND when it does not exist or is hidden from the viewer (the same answer). */
  async detail(viewer: Viewer, caseId: string): Promise<CaseDetail> {
    const caseFile = await this.visibleCase(viewer, caseId)
    if (caseFile.firstReadAt === null) {
      await this.markRead(caseId)
    }
    const [summary] = await this.summaries(viewer, caseFile.eventId, [caseFile])
    const [reports, messages] = await Promise.all([
      this.db.read.find(IncidentReportEntity, { where: { caseId }, order: { submittedAt: 'ASC' } }),
      this.db.read.find(CaseMessageEntity, { where: { caseId }, order: { createdAt: 'ASC' } }),
    ])
    const contents = reports.map(
      report =>
        JSON.parse(
          this.cipher.decrypt(report.sealedContent, INCIDENT_REPORT_CONTENT.at(report.id)),
        ) as ReportContent,
    )
    const contactNames = await this.namesOf(
      ContactEntity,
      contents.flatMap(content => content.preferredContactIds),
    )
    const accountNames = await this.namesOf(AccountEntity, [
      ...reports.flatMap(report => (report.enteredById === null ? [] : [report.enteredById])),
      ...messages.flatMap(message => (message.authorId === null ? [] : [message.authorId])),
    ])
    return {
      ...summary!,
      eventId: caseFile.eventId,
      reports: reports.map((report, index) => {
        const content = contents[index]!
        return {
          id: report.id,
          channel: report.channel,
          language: report.language,
          submittedAt: report.submittedAt,
          category: report.category,
          isUrgent: report.isUrgent,
          isOngoing: report.isOngoing,
          description: content.description,
          when: content.when,
          where: content.where,
          peopleInvolved: content.peopleInvolved,
          witnesses: content.witnesses,
          contactDetails: content.contactDetails,
          preferredContacts: content.preferredContactIds.map(id => contactNames.get(id) ?? ''),
          isConfidentialityExplained: content.onSite?.isConfidentialityExplained ?? null,
          isImmediateActionNeeded: content.onSite?.isImmediateActionNeeded ?? null,
          enteredByName: report.enteredById === null ? null : (accountNames.get(report.enteredById) ?? null),
        }
      }),
      messages: messages.map(message => this.toMessage(message, accountNames)),
    }
  }

  /** A message from the team to the reporter, who reads it with their receipt. */
  async send(viewer: Viewer, caseId: string, body: string): Promise<CaseMessage> {
    const caseFile = await this.visibleCase(viewer, caseId)
    const messageId = newId()
    const message = {
      id: messageId,
      caseId,
      authorKind: 'team' as const,
      authorId: viewer.accountId,
      sealedBody: this.cipher.encrypt(body.trim(), CASE_MESSAGE_BODY.at(messageId)),
      createdAt: this.clock.now(),
    }
    await this.db.write(async manager => {
      await manager.insert(CaseMessageEntity, message)
      await manager.update(CaseFileEntity, { id: caseId }, { updatedAt: message.createdAt })
      // Writing to the reporter acknowledges the report: their follow-up page says so.
      await manager.update(
        CaseFileEntity,
        { id: caseId, status: CaseStatus.New },
        { status: CaseStatus.Acknowledged },
      )
      await manager.update(
        CaseFileEntity,
        { id: caseId, firstReadAt: IsNull() },
        { firstReadAt: message.createdAt },
      )
    })
    this.publish(caseFile.eventId, caseId)
    return this.toMessage(message, new Map([[viewer.accountId, viewer.name]]))
  }

  /** The first time a responder opens a case: the reporter's follow-up page then says it was read. */
  private async markRead(caseId: string): Promise<void> {
    const now = this.clock.now()
    await this.db.write(manager =>
      manager.update(CaseFileEntity, { id: caseId, firstReadAt: IsNull() }, { firstReadAt: now }),
    )
  }

  /** Whether the viewer may see the case: for live updates, which must not even say that it changed. */
  async isVisible(viewer: Viewer, caseId: string): Promise<boolean> {
    try {
      await this.visibleCase(viewer, caseId)
      return true
    } catch {
      return false
    }
  }

  /** The case, if the viewer may see it. @throws NOT_FOUND otherwise, exactly as for a case that does not exist. */
  async visibleCase(viewer: Viewer, caseId: string): Promise<CaseFileEntity> {
    const caseFile = await this.db.read.findOneBy(CaseFileEntity, { id: caseId })
    if (caseFile === null || !holdsRole(viewer, Role.Responder, caseFile.eventId)) {
      throw notFound('The case')
    }
    const [access, reader] = await Promise.all([
      this.db.read.findBy(CaseAccessEntity, { caseId }),
      this.readerOf(viewer, caseFile.eventId),
    ])
    if (!isVisibleTo(reader, access)) {
      throw notFound('The case')
    }
    return caseFile
  }

  private async summaries(viewer: Viewer, eventId: string, cases: CaseFileEntity[]): Promise<CaseSummary[]> {
    if (cases.length === 0) {
      return []
    }
    const ids = cases.map(row => row.id)
    const [access, reports, reader] = await Promise.all([
      this.db.read.findBy(CaseAccessEntity, { caseId: In(ids) }),
      this.db.read.find(IncidentReportEntity, { where: { caseId: In(ids) }, order: { submittedAt: 'ASC' } }),
      this.readerOf(viewer, eventId),
    ])
    const wishesOf = (caseId: string) => access.filter(wish => wish.caseId === caseId)
    return cases
      .filter(row => isVisibleTo(reader, wishesOf(row.id)))
      .map(row => {
        const first = reports.find(report => report.caseId === row.id)
        return {
          id: row.id,
          codeName: row.codeName,
          status: row.status,
          createdAt: row.createdAt,
          updatedAt: row.updatedAt,
          channel: first?.channel ?? 'kiosk',
          category: first?.category ?? null,
          isUrgent: reports.some(report => report.caseId === row.id && report.isUrgent),
          isOngoing: reports.some(report => report.caseId === row.id && report.isOngoing),
          isRequestedFromViewer: isRequestedFrom(reader, wishesOf(row.id)),
        }
      })
  }

  /** The viewer as a reporter's wishes name them: their account and the event's contact that is them. */
  private async readerOf(viewer: Viewer, eventId: string): Promise<CaseReader> {
    const rows = await this.db.read.findBy(ContactEntity, { eventId, accountId: viewer.accountId })
    return { accountId: viewer.accountId, contactIds: new Set(rows.map(row => row.id)) }
  }

  private async namesOf(
    entity: typeof ContactEntity | typeof AccountEntity,
    ids: string[],
  ): Promise<Map<string, string>> {
    const unique = [...new Set(ids)]
    const rows = unique.length === 0 ? [] : await this.db.read.findBy(entity, { id: In(unique) })
    return new Map(rows.map(row => [row.id, row.name]))
  }

  private toMessage(message: CaseMessageEntity, names: ReadonlyMap<string, string>): CaseMessage {
    return {
      id: message.id,
      from: message.authorKind,
      authorName: message.authorId === null ? null : (names.get(message.authorId) ?? null),
      body: this.cipher.decrypt(message.sealedBody, CASE_MESSAGE_BODY.at(message.id)),
      createdAt: message.createdAt,
    }
  }
}
