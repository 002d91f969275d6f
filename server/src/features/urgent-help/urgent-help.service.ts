import { EventStatus } from '@conduct-desk/shared'
import { In, IsNull } from 'typeorm'
import type { Viewer } from '../../authorization/viewer.js'
import type { Database } from '../../db/database.js'
import { notFound } from '../../platform/errors/domain-error.js'
import type { Logger } from '../../platform/logging/logger.js'
import type { Mailer } from '../../platform/mail/mailer.js'
import type { RateLimiter } from '../../platform/rate-limit/rate-limiter.js'
import { newId } from '../../platform/security/tokens.js'
import type { Clock } from '../../platform/time/clock.js'
import { AccountEntity } from '../accounts/account.entity.js'
import type { ContactEntity } from '../contacts/contact.entity.js'
import type { ContactService } from '../contacts/contact.service.js'
import { EventEntity } from '../events/event.entity.js'
import { KioskDeviceEntity } from '../kiosk-devices/kiosk-device.entity.js'
import type { KnownKiosk } from '../kiosk-devices/kiosk-device.service.js'
import { UrgentAlertEntity } from './urgent-alert.entity.js'
import type { UrgentAlert } from './urgent-help.type.js'

/** The topic on which an event's open alerts change; subscribers re-read the list. */
export const urgentAlertsTopic = (eventId: string) => `URGENT_ALERTS:${eventId}`

/** Three taps in ten minutes from one kiosk or address is plenty for a real emergency, and stops a prank flood. */
const URGENT_HELP_LIMIT = { max: 3, windowMs: 10 * 60_000 }

export interface UrgentHelpDeps {
  readonly db: Database
  readonly clock: Clock
  readonly contacts: ContactService
  readonly mailer: Mailer
  readonly limiter: RateLimiter
  readonly publish: (topic: string) => void
  readonly dashboardUrl: string
  readonly log: Logger
}

/** "I need help now": alert whoever is on duty, at once, and tell the person where to go. */
export class UrgentHelpService {
  constructor(private readonly deps: UrgentHelpDeps) {}

  /**
   * Raises an alert for a published event and answers with whom to call and where to go.
   * @throws NOT_FOUND for unknown or unpublished events; RATE_LIMITED after repeated taps.
   */
  async request(eventSlug: string, where: string | null, kiosk: KnownKiosk | null, requesterKey: string) {
    const { db, clock, contacts } = this.deps
    const event = await db.read.findOneBy(EventEntity, { slug: eventSlug, status: EventStatus.Published })
    if (event === null) {
      throw notFound('The event')
    }
    await this.deps.limiter.take('urgent-help', requesterKey, URGENT_HELP_LIMIT)
    const place = where?.trim() || (kiosk?.eventId === event.id ? kiosk.location : null)
    const alert = {
      id: newId(),
      eventId: event.id,
      kioskDeviceId: kiosk?.eventId === event.id ? kiosk.id : null,
      place,
      createdAt: clock.now(),
      acknowledgedAt: null,
      acknowledgedById: null,
    }
    await db.write(manager => manager.insert(UrgentAlertEntity, alert))
    this.deps.publish(urgentAlertsTopic(event.id))
    const [rows = []] = await contacts.byEventIds([event.id])
    const onDuty = rows
      .map(row => ({ row, card: contacts.toPublic(row) }))
      .filter(({ card }) => card.onDutyNow)
    // The person is answered at once; the email goes out alongside and its failure is only logged.
    void this.email(
      event,
      place,
      onDuty.map(({ row }) => row),
    )
    return {
      contactsOnDuty: onDuty.map(({ card }) => card),
      urgentPhone: event.urgentPhone,
      quietRoom:
        event.quietRoomLocation === null
          ? null
          : { location: event.quietRoomLocation, directions: event.quietRoomDirections },
      isTeamAlerted: true,
    }
  }

  /** Alerts nobody has acknowledged yet, oldest first. */
  async openAlerts(eventId: string): Promise<UrgentAlert[]> {
    const rows = await this.deps.db.read.find(UrgentAlertEntity, {
      where: { eventId, acknowledgedAt: IsNull() },
      order: { createdAt: 'ASC' },
    })
    return this.project(rows)
  }

  /** Marks an alert as being handled; every dashboard's banner goes away. @throws NOT_FOUND. */
  async acknowledge(viewer: Viewer, eventId: string, alertId: string): Promise<UrgentAlert> {
    const now = this.deps.clock.now()
    const row = await this.deps.db.write(async manager => {
      const found = await manager.findOneBy(UrgentAlertEntity, { id: alertId, eventId })
      if (found === null) {
        throw notFound('The alert')
      }
      if (found.acknowledgedAt === null) {
        await manager.update(
          UrgentAlertEntity,
          { id: alertId },
          { acknowledgedAt: now, acknowledgedById: viewer.accountId },
        )
        Object.assign(found, { acknowledgedAt: now, acknowledgedById: viewer.accountId })
      }
      return found
    })
    this.deps.publish(urgentAlertsTopic(eventId))
    const [projected] = await this.project([row])
    return projected!
  }

  private async project(rows: UrgentAlertEntity[]): Promise<UrgentAlert[]> {
    const kioskIds = rows.flatMap(row => (row.kioskDeviceId === null ? [] : [row.kioskDeviceId]))
    const accountIds = rows.flatMap(row => (row.acknowledgedById === null ? [] : [row.acknowledgedById]))
    const [kiosks, accounts] = await Promise.all([
      kioskIds.length === 0 ? [] : this.deps.db.read.findBy(KioskDeviceEntity, { id: In(kioskIds) }),
      accountIds.length === 0 ? [] : this.deps.db.read.findBy(AccountEntity, { id: In(accountIds) }),
    ])
    return rows.map(row => ({
      id: row.id,
      eventId: row.eventId,
      place: row.place,
      kioskLocation: kiosks.find(kiosk => kiosk.id === row.kioskDeviceId)?.location ?? null,
      createdAt: row.createdAt,
      acknowledgedAt: row.acknowledgedAt,
      acknowledgedByName: accounts.find(account => account.id === row.acknowledgedById)?.name ?? null,
    }))
  }

  /** Tells on-duty contacts by email. Says only that help was asked for, where, and where to look. */
  private async email(event: EventEntity, place: string | null, onDuty: ContactEntity[]): Promise<void> {
    try {
      await this.deps.mailer.send({
        to: onDuty.map(contact => contact.email),
        subject: `Urgent help requested at ${event.name}`,
        text: [
          `Someone at ${event.name} asked for urgent help${place === null ? '' : ` (where: ${place})`}.`,
          'Please go now, and acknowledge the alert in the dashboard so the rest of the team knows it is handled:',
          `${this.deps.dashboardUrl}/`,
        ].join('\n\n'),
      })
    } catch (error) {
      this.deps.log.error({ err: error, eventId: event.id }, 'urgent help email failed')
    }
  }
}
