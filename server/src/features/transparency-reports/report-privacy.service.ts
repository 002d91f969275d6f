import {
  PRIVACY_CHECK_TEXT_MAX_LENGTH,
  PrivacyReason,
  checkReportPrivacy,
  type PrivacyFinding,
  type RecordedIdentifiers,
} from '@conduct-desk/shared'
import { assertHoldsAny } from '../../authorization/assert-role.js'
import type { Viewer } from '../../authorization/viewer.js'
import type { Database } from '../../db/database.js'
import type { FieldCipher } from '../../platform/crypto/field-cipher.js'
import { badUserInput, notFound } from '../../platform/errors/domain-error.js'
import { AccountEntity } from '../accounts/account.entity.js'
import { RoleAssignmentEntity } from '../accounts/role-assignment.entity.js'
import { CaseFileEntity } from '../cases/case-file.entity.js'
import { CASE_PERSON_IDENTITY, CasePersonEntity } from '../cases/case-person.entity.js'
import { INCIDENT_REPORT_CONTENT, IncidentReportEntity } from '../cases/incident-report.entity.js'
import { parseCasePersonIdentity } from '../cases/case-people.service.js'
import { parseReportContent } from '../cases/report-content.js'
import { ContactEntity } from '../contacts/contact.entity.js'
import { EventEntity } from '../events/event.entity.js'
import { RecordedIdentifiersBuilder } from './recorded-identifiers.js'
import { STATISTICS_ROLES } from './transparency-statistics.service.js'

/**
 * The privacy check of an event's transparency report (issue 11, SECURITY R44): the chair's text
 * against every name, email, phone number and handle recorded on the event's cases and accounts.
 * It answers with findings over the caller's own text only; what was recorded never leaves here.
 */
export class ReportPrivacyService {
  constructor(
    private readonly db: Database,
    private readonly cipher: FieldCipher,
  ) {}

  /**
   * The check for the dashboard's report builder: the event's chair or organizer, or an admin.
   * @throws FORBIDDEN for anyone else (a chair of another event too); NOT_FOUND for no such event;
   * BAD_USER_INPUT for a text over 100,000 characters.
   */
  forViewer(viewer: Viewer | null, eventId: string, markdown: string): Promise<PrivacyFinding[]> {
    assertHoldsAny(viewer, STATISTICS_ROLES, eventId)
    return this.check(eventId, markdown)
  }

  /**
   * Every finding in `markdown`, in text order, offsets into it as given. No access check: callers
   * check the viewer first (`forViewer`, or publishing's own check).
   * @throws NOT_FOUND for no such event; BAD_USER_INPUT for a text over 100,000 characters.
   */
  async check(eventId: string, markdown: string): Promise<PrivacyFinding[]> {
    if (markdown.length > PRIVACY_CHECK_TEXT_MAX_LENGTH) {
      throw badUserInput(
        `The text is longer than ${PRIVACY_CHECK_TEXT_MAX_LENGTH.toLocaleString('en')} characters.`,
        'markdown',
      )
    }
    return checkReportPrivacy(markdown, await this.recordedOn(eventId))
  }

  /**
   * For publishing: passes when nothing blocks (warnings do not).
   * @throws BAD_USER_INPUT with reason PRIVACY_CHECK_BLOCKED while a finding blocks; the message
   * counts them but repeats none, and the dashboard shows them through `transparencyPrivacyCheck`.
   */
  async assertPublishable(eventId: string, markdown: string): Promise<void> {
    const blocking = (await this.check(eventId, markdown)).filter(finding => finding.blocking)
    if (blocking.length > 0) {
      throw badUserInput(
        `The privacy check found ${blocking.length} name(s), email(s), phone number(s) or handle(s) to remove before publishing.`,
        'markdown',
        PrivacyReason.CheckBlocked,
      )
    }
  }

  /** Everything identifying recorded on the event: its cases' people and reports, its team, its contacts. */
  private async recordedOn(eventId: string): Promise<RecordedIdentifiers> {
    const read = this.db.read
    if (!(await read.existsBy(EventEntity, { id: eventId }))) {
      throw notFound('The event')
    }
    const [people, reports, team, contacts] = await Promise.all([
      read
        .createQueryBuilder(CasePersonEntity, 'person')
        .innerJoin(CaseFileEntity, 'file', 'file.id = person.caseId')
        .where('file.eventId = :eventId', { eventId })
        .getMany(),
      read.findBy(IncidentReportEntity, { eventId }),
      read
        .createQueryBuilder(AccountEntity, 'account')
        .innerJoin(RoleAssignmentEntity, 'role', 'role.accountId = account.id')
        .where('role.eventId = :eventId', { eventId })
        .getMany(),
      read.findBy(ContactEntity, { eventId }),
    ])
    const recorded = new RecordedIdentifiersBuilder()
    for (const person of people) {
      const identity = parseCasePersonIdentity(
        this.cipher.decrypt(person.sealedIdentity, CASE_PERSON_IDENTITY.at(person.id)),
      )
      recorded.addName(identity.name).addFreeText(identity.contact, { withNames: true })
    }
    for (const report of reports) {
      const content = parseReportContent(
        this.cipher.decrypt(report.sealedContent, INCIDENT_REPORT_CONTENT.at(report.id)),
      )
      recorded
        .addFreeText(content.peopleInvolved, { withNames: true })
        .addFreeText(content.witnesses, { withNames: true })
        .addFreeText(content.contactDetails, { withNames: true })
        .addFreeText(content.description, { withNames: false })
    }
    // The event's public contacts are named on its kiosk page, and the report says who enforced the
    // code of conduct (DESIGN §2): their names stay allowed, unless a case names them too (above).
    const publicContacts = new Set(contacts.map(contact => contact.accountId))
    for (const account of team) {
      if (!publicContacts.has(account.id)) {
        recorded.addName(account.name)
      }
      recorded.addEmail(account.email)
    }
    for (const contact of contacts) {
      recorded.addEmail(contact.email)
    }
    return recorded.build()
  }
}
