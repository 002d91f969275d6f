import { EventStatus } from '@conduct-desk/shared'
import type { EntityManager } from 'typeorm'
import type { Database } from '../../db/database.js'
import { notFound } from '../../platform/errors/domain-error.js'
import type { RateLimiter } from '../../platform/rate-limit/rate-limiter.js'
import { hashToken, newId, newToken } from '../../platform/security/tokens.js'
import type { Clock } from '../../platform/time/clock.js'
import { AccountEntity } from '../accounts/account.entity.js'
import { ContactEntity } from '../contacts/contact.entity.js'
import type { ContactService } from '../contacts/contact.service.js'
import { EventEntity } from '../events/event.entity.js'
import type { KnownKiosk } from '../kiosk-devices/kiosk-device.service.js'
import { exclusionsOf } from './urgent-alert-audience.js'
import type { UrgentAlertMail } from './urgent-alert-mail.js'
import { UrgentAlertEntity, type UrgentAlertExclusion } from './urgent-alert.entity.js'
import { statusOf, type PublishAlertChange } from './urgent-alert-change.js'
import type { UrgentHelpAnswer, UrgentHelpProgress } from './urgent-help.type.js'

/** Three taps in ten minutes from one kiosk or address is plenty for a real emergency, and stops a prank flood. */
const URGENT_HELP_LIMIT = { max: 3, windowMs: 10 * 60_000 }
/** Saying (or correcting) where one is: a few times per alert; each one emails the team. */
const PLACE_LIMIT = { max: 5, windowMs: 10 * 60_000 }
/**
 * Asking whether someone is coming, once a second while waiting, from one kiosk or address: three
 * people waiting at once behind one venue address still fit; a flood of guesses does not.
 */
const PROGRESS_LIMIT = { max: 180, windowMs: 60_000 }
const CANCEL_LIMIT = { max: 10, windowMs: 10 * 60_000 }

export interface UrgentHelpRequest {
  readonly eventSlug: string
  readonly where: string | null
  readonly alertToken: string | null
  readonly excludedContactIds: readonly string[]
}

/** An alert an urgent report raised or joined, to announce once the report's transaction is over. */
export interface ReportAlert {
  readonly alert: UrgentAlertEntity
  readonly token: string
  readonly news: 'raised' | 'linked' | 'linked-with-place'
}

export interface UrgentHelpDeps {
  readonly db: Database
  readonly clock: Clock
  readonly contacts: ContactService
  readonly limiter: RateLimiter
  readonly publish: PublishAlertChange
  readonly mail: UrgentAlertMail
}

/**
 * "I need help now", from the person's side: one request is one alert, which the token their
 * screen holds updates with the place, follows until someone is on the way, or cancels.
 */
export class UrgentHelpService {
  constructor(private readonly deps: UrgentHelpDeps) {}

  /**
   * Raises an alert for a published event, or, with the token of one of its alerts, tells that
   * alert where the person is; answers with whom to call and where to go.
   * @throws NOT_FOUND for unknown or unpublished events; RATE_LIMITED after repeated taps.
   */
  async request(
    input: UrgentHelpRequest,
    kiosk: KnownKiosk | null,
    requesterKey: string,
  ): Promise<UrgentHelpAnswer> {
    const { db, clock } = this.deps
    const event = await db.read.findOneBy(EventEntity, {
      slug: input.eventSlug,
      status: EventStatus.Published,
    })
    if (event === null) {
      throw notFound('The event')
    }
    const where = input.where?.trim() || null
    const earlier = input.alertToken ? await this.byToken(db.read, input.alertToken) : null
    if (earlier !== null && earlier.eventId === event.id && earlier.cancelledAt === null) {
      await this.deps.limiter.take('urgent-help-place', earlier.id, PLACE_LIMIT)
      if (where !== null && where !== earlier.place) {
        await db.write(manager => manager.update(UrgentAlertEntity, { id: earlier.id }, { place: where }))
        const updated = { ...earlier, place: where }
        this.deps.publish({ eventId: event.id, alertId: earlier.id })
        this.deps.mail.tell('place', event, updated)
      }
      return this.answer(event, input.alertToken!)
    }
    await this.deps.limiter.take('urgent-help', requesterKey, URGENT_HELP_LIMIT)
    const token = newToken()
    const alert = this.newAlert(event.id, kiosk, token, {
      origin: 'tap',
      place: where,
      caseId: null,
      excluded: await exclusionsOf(db.read, event.id, input.excludedContactIds),
    })
    alert.createdAt = clock.now()
    await db.write(manager => manager.insert(UrgentAlertEntity, alert))
    this.deps.publish({ eventId: event.id, alertId: alert.id })
    this.deps.mail.tell('raised', event, alert)
    return this.answer(event, token)
  }

  /**
   * Inside an urgent report's transaction: joins the alert the person raised with the report
   * form's red button (its token came with the report), or raises one. Announce it after commit.
   */
  async forReport(
    manager: EntityManager,
    report: {
      readonly eventId: string
      readonly caseId: string
      readonly place: string | null
      readonly kiosk: KnownKiosk | null
      readonly alertToken: string | null
    },
  ): Promise<ReportAlert> {
    const earlier = report.alertToken ? await this.byToken(manager, report.alertToken) : null
    if (earlier !== null && earlier.eventId === report.eventId && earlier.cancelledAt === null) {
      const place = earlier.place ?? report.place?.slice(0, 200) ?? null
      await manager.update(UrgentAlertEntity, { id: earlier.id }, { caseId: report.caseId, place })
      const alert = { ...earlier, caseId: report.caseId, place }
      return {
        alert,
        token: report.alertToken!,
        news: place === earlier.place ? 'linked' : 'linked-with-place',
      }
    }
    const token = newToken()
    const alert = this.newAlert(report.eventId, report.kiosk, token, {
      origin: 'report',
      place: report.place?.slice(0, 200) ?? null,
      caseId: report.caseId,
      excluded: null,
    })
    alert.createdAt = this.deps.clock.now()
    await manager.insert(UrgentAlertEntity, alert)
    return { alert, token, news: 'raised' }
  }

  /** After the report's commit: the dashboards and the emails hear of the alert. */
  async announce(raised: ReportAlert): Promise<void> {
    const event = await this.deps.db.read.findOneBy(EventEntity, { id: raised.alert.eventId })
    if (event === null) {
      return
    }
    // Linking narrows who may see the alert (the case's exclusions): everyone's list is re-read.
    this.deps.publish({ eventId: event.id, alertId: raised.alert.id, isNarrowed: raised.news !== 'raised' })
    if (raised.news === 'raised') {
      this.deps.mail.tell('raised', event, raised.alert)
    } else if (raised.news === 'linked-with-place') {
      this.deps.mail.tell('place', event, raised.alert)
    }
  }

  /**
   * What the holder of the token may know: whether someone is on the way, and who.
   * @throws NOT_FOUND for a token that names no alert; RATE_LIMITED.
   */
  async progress(token: string, requesterKey: string): Promise<UrgentHelpProgress> {
    await this.deps.limiter.take('urgent-help-progress', requesterKey, PROGRESS_LIMIT)
    const alert = await this.byToken(this.deps.db.read, token)
    if (alert === null) {
      throw notFound('The alert')
    }
    return this.progressOf(alert)
  }

  /**
   * "I tapped by mistake": the alert is cancelled, and the team sees so.
   * @throws NOT_FOUND for a token that names no alert; RATE_LIMITED.
   */
  async cancel(token: string, requesterKey: string): Promise<UrgentHelpProgress> {
    await this.deps.limiter.take('urgent-help-cancel', requesterKey, CANCEL_LIMIT)
    const now = this.deps.clock.now()
    const { alert, isNew } = await this.deps.db.write(async manager => {
      const found = await this.byToken(manager, token)
      if (found === null) {
        throw notFound('The alert')
      }
      if (found.cancelledAt !== null) {
        return { alert: found, isNew: false }
      }
      await manager.update(UrgentAlertEntity, { id: found.id }, { cancelledAt: now })
      return { alert: { ...found, cancelledAt: now }, isNew: true }
    })
    if (isNew) {
      this.deps.publish({ eventId: alert.eventId, alertId: alert.id })
      const event = await this.deps.db.read.findOneBy(EventEntity, { id: alert.eventId })
      if (event !== null) {
        this.deps.mail.tell('cancelled', event, alert)
      }
    }
    return this.progressOf(alert)
  }

  private byToken(read: EntityManager, token: string): Promise<UrgentAlertEntity | null> {
    return read.findOneBy(UrgentAlertEntity, { tokenHash: hashToken(token) })
  }

  private newAlert(
    eventId: string,
    kiosk: KnownKiosk | null,
    token: string,
    fields: Pick<UrgentAlertEntity, 'origin' | 'place' | 'caseId'> & {
      excluded: UrgentAlertExclusion[] | null
    },
  ): UrgentAlertEntity {
    return {
      id: newId(),
      eventId,
      kioskDeviceId: kiosk?.eventId === eventId ? kiosk.id : null,
      createdAt: new Date(0),
      acknowledgedAt: null,
      acknowledgedById: null,
      tokenHash: hashToken(token),
      cancelledAt: null,
      ...fields,
    }
  }

  private async progressOf(alert: UrgentAlertEntity): Promise<UrgentHelpProgress> {
    const status = statusOf(alert)
    if (alert.acknowledgedById === null) {
      return { status, responderName: null, responder: null }
    }
    const [contact, account] = await Promise.all([
      this.deps.db.read.findOneBy(ContactEntity, {
        eventId: alert.eventId,
        accountId: alert.acknowledgedById,
      }),
      this.deps.db.read.findOneBy(AccountEntity, { id: alert.acknowledgedById }),
    ])
    return {
      status,
      responderName: contact?.name ?? account?.name ?? null,
      responder: contact === null ? null : this.deps.contacts.toPublic(contact),
    }
  }

  private async answer(event: EventEntity, alertToken: string): Promise<UrgentHelpAnswer> {
    const { contacts } = this.deps
    const [rows = []] = await contacts.byEventIds([event.id])
    return {
      contactsOnDuty: rows.map(row => contacts.toPublic(row)).filter(card => card.onDutyNow),
      urgentPhone: event.urgentPhone,
      quietRoom:
        event.quietRoomLocation === null
          ? null
          : { location: event.quietRoomLocation, directions: event.quietRoomDirections },
      isTeamAlerted: true,
      alertToken,
    }
  }
}
