import { randomInt } from 'node:crypto'
import {
  DEFAULT_REPORT_CATEGORIES,
  receiptFrom,
  ReportReason,
  type ReportChannel,
} from '@conduct-desk/shared'
import { In } from 'typeorm'
import type { Viewer } from '../../authorization/viewer.js'
import type { Database } from '../../db/database.js'
import { badUserInput, notFound } from '../../platform/errors/domain-error.js'
import type { Logger } from '../../platform/logging/logger.js'
import type { DigestMailer } from '../../platform/mail/digest-mailer.js'
import type { RateLimiter } from '../../platform/rate-limit/rate-limiter.js'
import { hashPassword } from '../../platform/security/password-hasher.js'
import type { Clock } from '../../platform/time/clock.js'
import type { PublishCaseChange } from '../cases/case-inbox.service.js'
import type { CaseOpening } from '../cases/case-opening.js'
import type { ReportContent } from '../cases/report-content.js'
import { ContactEntity } from '../contacts/contact.entity.js'
import { EventEntity } from '../events/event.entity.js'
import { acceptsReports } from '../events/reporting-window.js'
import type { KnownKiosk } from '../kiosk-devices/kiosk-device.service.js'
import type { UrgentHelpService } from '../urgent-help/urgent-help.service.js'

/**
 * SECURITY R29: ten reports an hour from one kiosk or address. An enrolled kiosk counts under its own
 * key, so junk from the venue's shared address never uses up its budget (R54).
 */
const REPORTS_PER_REQUESTER = { max: 10, windowMs: 3_600_000 }

export interface IntakeDeps {
  readonly db: Database
  readonly clock: Clock
  /** Cases write every case row; intake only checks and hands over. */
  readonly cases: CaseOpening
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
  readonly channel: ReportChannel
  /** The responder writing down a report (every channel but kiosk and web). */
  readonly enteredBy: Viewer | null
  /** The enrolled kiosk it was sent from: its alert, if urgent, carries its location. */
  readonly kiosk?: KnownKiosk | null
  /** The alert the person raised with the form's red button, which an urgent report joins. */
  readonly urgentAlertToken?: string | null
}

/**
 * Whether a report raises an urgent-help alert: the person said it needs someone right now. A
 * report a responder writes down does not: the team already knows, and a responder is on it.
 */
const raisesAlert = (request: IntakeRequest) => request.isUrgent && request.enteredBy === null

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
    const { db, clock } = this.deps
    const found = await db.read.findOneBy(
      EventEntity,
      event.id === undefined ? { slug: event.slug ?? '' } : { id: event.id },
    )
    // A responder writes down what they were told (in person, by email…), whenever that is.
    if (found === null || (request.enteredBy === null && !acceptsReports(found, clock.now()))) {
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
    const opened = await db.write(async manager => {
      const { caseId } = await this.deps.cases.openFromReport(manager, {
        eventId: found.id,
        reference: receipt.reference,
        passphraseHash,
        content: request.content,
        category: request.category,
        language: request.language,
        isOngoing: request.isOngoing,
        isUrgent: request.isUrgent,
        channel: request.channel,
        enteredBy: request.enteredBy,
        accountOfContact: new Map(named.map(contact => [contact.id, contact.accountId])),
      })
      // In the same transaction: an urgent report is never saved without its alert.
      const alert = raisesAlert(request)
        ? await this.deps.urgentHelp.forReport(manager, {
            eventId: found.id,
            caseId,
            place: request.content.where,
            kiosk: request.kiosk ?? null,
            alertToken: request.urgentAlertToken ?? null,
          })
        : null
      return { caseId, alert }
    })
    this.deps.publish(found.id, opened.caseId)
    if (opened.alert !== null) {
      await this.deps.urgentHelp.announce(opened.alert)
    }
    // Awaited (it only reads and queues), so a server that stops has queued every email it owes.
    const excluded = named.filter(contact => request.content.excludedContactIds.includes(contact.id))
    await this.tellOnDuty(found, excluded)
    return { ...receipt, urgentAlertToken: opened.alert?.token ?? null }
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
