import { randomInt } from 'node:crypto'
import { CaseStatus, DEFAULT_REPORT_CATEGORIES, receiptFrom, ReportReason } from '@conduct-desk/shared'
import { In } from 'typeorm'
import type { Database } from '../../db/database.js'
import type { FieldCipher } from '../../platform/crypto/field-cipher.js'
import { badUserInput, notFound } from '../../platform/errors/domain-error.js'
import type { Logger } from '../../platform/logging/logger.js'
import type { DigestMailer } from '../../platform/mail/digest-mailer.js'
import type { RateLimiter } from '../../platform/rate-limit/rate-limiter.js'
import { hashPassword } from '../../platform/security/password-hasher.js'
import { newId } from '../../platform/security/tokens.js'
import type { Clock } from '../../platform/time/clock.js'
import { CaseAccessEntity } from '../cases/case-access.entity.js'
import { CaseFileEntity } from '../cases/case-file.entity.js'
import type { PublishCaseChange } from '../cases/case-inbox.service.js'
import { newCodeName } from '../cases/code-names.js'
import { ContactEntity } from '../contacts/contact.entity.js'
import { EventEntity } from '../events/event.entity.js'
import { acceptsReports } from '../events/reporting-window.js'
import type { KnownKiosk } from '../kiosk-devices/kiosk-device.service.js'
import type { UrgentHelpService } from '../urgent-help/urgent-help.service.js'
import { INCIDENT_REPORT_CONTENT, IncidentReportEntity } from './incident-report.entity.js'
import type { ReportContent } from './report-content.js'

/**
 * SECURITY R29: ten reports an hour from one kiosk or address. An enrolled kiosk counts under its own
 * key, so junk from the venue's shared address never uses up its budget (R54).
 */
const REPORTS_PER_REQUESTER = { max: 10, windowMs: 3_600_000 }

export interface IntakeDeps {
  readonly db: Database
  readonly clock: Clock
  readonly cipher: FieldCipher
  readonly limiter: RateLimiter
  /** New-report emails, batched per recipient (new-report-notices.ts). */
  readonly notices: DigestMailer
  readonly publish: PublishCaseChange
  /** An urgent report raises (or joins) an urgent-help alert. */
  readonly urgentHelp: UrgentHelpService
  readonly log: Logger
}

export interface IntakeRequest {
  readonly content: ReportContent
  readonly category: string | null
  readonly language: string
  readonly isOngoing: boolean
  readonly isUrgent: boolean
  readonly channel: 'kiosk' | 'web' | 'in-person'
  readonly enteredById: string | null
  /** The enrolled kiosk it was sent from: its alert, if urgent, carries its location. */
  readonly kiosk?: KnownKiosk | null
  /** The alert the person raised with the form's red button, which an urgent report joins. */
  readonly urgentAlertToken?: string | null
}

/**
 * Whether a report raises an urgent-help alert: the person said it needs someone right now. A
 * report a responder writes down in person does not: a responder is already with the person.
 */
const raisesAlert = (request: IntakeRequest) => request.isUrgent && request.channel !== 'in-person'

/** A report comes in: it opens a case, and whoever is on duty learns that something arrived. */
export class ReportIntakeService {
  constructor(private readonly deps: IntakeDeps) {}

  /**
   * Opens a case in `new` for a report and returns its receipt. All or nothing: the case, the
   * report and the reporter's wishes are written in one transaction, after every check.
   * @throws NOT_FOUND for an unknown or unpublished event; BAD_USER_INPUT for a contact or category
   * that is not the event's; RATE_LIMITED.
   */
  async submit(event: { slug?: string; id?: string }, request: IntakeRequest, requesterKey: string | null) {
    const { db, clock, cipher } = this.deps
    const found = await db.read.findOneBy(
      EventEntity,
      event.id === undefined ? { slug: event.slug ?? '' } : { id: event.id },
    )
    // In person, a responder writes down what they were told, whenever that is.
    if (found === null || (request.channel !== 'in-person' && !acceptsReports(found, clock.now()))) {
      throw notFound('The event')
    }
    const contactIds = [...request.content.preferredContactIds, ...request.content.excludedContactIds]
    const named =
      contactIds.length === 0
        ? []
        : await db.read.findBy(ContactEntity, { id: In(contactIds), eventId: found.id })
    if (contactIds.length > 0) {
      if (named.length !== new Set(contactIds).size) {
        throw badUserInput(
          'Some of the chosen contacts are not contacts of this event.',
          'excludedContactIds',
          ReportReason.ContactsNotOfEvent,
        )
      }
    }
    const categories: readonly string[] = found.reportCategories ?? DEFAULT_REPORT_CATEGORIES
    if (request.category !== null && !categories.includes(request.category)) {
      throw badUserInput(
        'Choose one of the event’s categories, or none.',
        'category',
        ReportReason.CategoryUnknown,
      )
    }
    if (requesterKey !== null) {
      await this.deps.limiter.take('report', requesterKey, REPORTS_PER_REQUESTER)
    }
    const receipt = receiptFrom(Array.from({ length: 28 }, () => randomInt(32)))
    const passphraseHash = await hashPassword(receipt.passphrase)
    const reportId = newId()
    const sealedContent = cipher.encrypt(
      JSON.stringify(request.content),
      INCIDENT_REPORT_CONTENT.at(reportId),
    )
    const now = clock.now()
    const caseId = newId()
    const urgent = await db.write(async manager => {
      const taken = new Set(
        (await manager.findBy(CaseFileEntity, { eventId: found.id })).map(row => row.codeName),
      )
      await manager.insert(CaseFileEntity, {
        id: caseId,
        eventId: found.id,
        codeName: newCodeName(taken),
        status: CaseStatus.New,
        createdAt: now,
        updatedAt: now,
        // A report written down by a responder has been read by the team as it was told.
        firstReadAt: request.enteredById === null ? null : now,
      })
      await manager.insert(IncidentReportEntity, {
        id: reportId,
        eventId: found.id,
        caseId,
        reference: receipt.reference,
        passphraseHash,
        channel: request.channel,
        language: request.language,
        sealedContent,
        category: request.category,
        isOngoing: request.isOngoing,
        isUrgent: request.isUrgent,
        enteredById: request.enteredById,
        submittedAt: now,
      })
      const wishes = [
        ...request.content.preferredContactIds
          .filter(id => !request.content.excludedContactIds.includes(id))
          .map(contactId => ({ contactId, kind: 'preferred' as const })),
        ...request.content.excludedContactIds.map(contactId => ({ contactId, kind: 'excluded' as const })),
      ]
      // The wish is about the person: it keeps the account the contact has now.
      const accountOf = new Map(named.map(contact => [contact.id, contact.accountId]))
      for (const wish of wishes) {
        const accountId = accountOf.get(wish.contactId) ?? null
        await manager.insert(CaseAccessEntity, { id: newId(), caseId, accountId, ...wish })
      }
      // In the same transaction: an urgent report is never saved without its alert.
      return raisesAlert(request)
        ? this.deps.urgentHelp.forReport(manager, {
            eventId: found.id,
            caseId,
            place: request.content.where,
            kiosk: request.kiosk ?? null,
            alertToken: request.urgentAlertToken ?? null,
          })
        : null
    })
    this.deps.publish(found.id, caseId)
    if (urgent !== null) {
      await this.deps.urgentHelp.announce(urgent)
    }
    // Awaited (it only reads and queues), so a server that stops has queued every email it owes.
    const excluded = named.filter(contact => request.content.excludedContactIds.includes(contact.id))
    await this.tellOnDuty(found, excluded)
    return { ...receipt, urgentAlertToken: urgent?.token ?? null }
  }

  /**
   * Tells on-duty contacts that a report arrived: nothing about it, never to an excluded contact
   * nor to any contact of an excluded contact's account, and at most one email a minute each, so
   * junk reports cannot flood the team (SECURITY R54).
   */
  private async tellOnDuty(event: EventEntity, excluded: readonly ContactEntity[]): Promise<void> {
    try {
      const now = this.deps.clock.now().getTime()
      const excludedIds = new Set(excluded.map(contact => contact.id))
      const excludedAccounts = new Set(excluded.flatMap(contact => contact.accountId ?? []))
      const contacts = await this.deps.db.read.findBy(ContactEntity, { eventId: event.id })
      const onDuty = contacts.filter(
        contact =>
          !excludedIds.has(contact.id) &&
          (contact.accountId === null || !excludedAccounts.has(contact.accountId)) &&
          contact.onDuty.some(
            period => Date.parse(period.startsAt) <= now && now < Date.parse(period.endsAt),
          ),
      )
      for (const contact of onDuty) {
        this.deps.notices.add(contact.email, event.name)
      }
    } catch (error) {
      this.deps.log.error({ err: error, eventId: event.id }, 'report notification failed')
    }
  }
}
