import type { Database } from '../../db/database.js'
import type { Logger } from '../../platform/logging/logger.js'
import type { Mailer } from '../../platform/mail/mailer.js'
import type { Clock } from '../../platform/time/clock.js'
import { ContactEntity } from '../contacts/contact.entity.js'
import type { EventEntity } from '../events/event.entity.js'
import { KioskDeviceEntity } from '../kiosk-devices/kiosk-device.entity.js'
import { contactAsReader, isShownTo, keptOutOf } from './urgent-alert-audience.js'
import type { UrgentAlertEntity } from './urgent-alert.entity.js'

/** What happened to an alert that its emails tell. */
export type UrgentAlertNews = 'raised' | 'place' | 'cancelled'

/**
 * The emails of one alert, to the contacts on duty (never to one the person kept out): the first at
 * once, then each update as a reply to it, so one request is one thread. They say that help was
 * asked for, where, and where to look; nothing about any report.
 */
export class UrgentAlertMail {
  constructor(
    private readonly deps: {
      readonly db: Database
      readonly clock: Clock
      readonly mailer: Mailer
      readonly dashboardUrl: string
      readonly log: Logger
    },
  ) {}

  /** Sends in the background: the person is answered at once, and a failure is only logged. */
  tell(news: UrgentAlertNews, event: EventEntity, alert: UrgentAlertEntity): void {
    void this.send(news, event, alert)
  }

  /** The contacts on duty now whom the alert may reach. */
  async recipients(event: EventEntity, alert: UrgentAlertEntity): Promise<ContactEntity[]> {
    const now = this.deps.clock.now().getTime()
    const [contacts, keptOut] = await Promise.all([
      this.deps.db.read.findBy(ContactEntity, { eventId: event.id }),
      keptOutOf(this.deps.db.read, [alert]),
    ])
    return contacts.filter(
      contact =>
        contact.onDuty.some(
          period => Date.parse(period.startsAt) <= now && now < Date.parse(period.endsAt),
        ) && isShownTo(contactAsReader(contact), keptOut.get(alert.id) ?? []),
    )
  }

  /** " (where: Hall B; at the kiosk at Registration desk)", or nothing when neither is known. */
  private async whereOf(alert: UrgentAlertEntity): Promise<string> {
    const kiosk =
      alert.kioskDeviceId === null
        ? null
        : await this.deps.db.read.findOneBy(KioskDeviceEntity, { id: alert.kioskDeviceId })
    const parts = [
      ...(alert.place === null ? [] : [`where: ${alert.place}`]),
      ...(kiosk === null ? [] : [`at the kiosk at ${kiosk.location}`]),
    ]
    return parts.length === 0 ? '' : ` (${parts.join('; ')})`
  }

  private async send(news: UrgentAlertNews, event: EventEntity, alert: UrgentAlertEntity): Promise<void> {
    try {
      const to = (await this.recipients(event, alert)).map(contact => contact.email)
      const firstId = `<urgent-alert-${alert.id}@${new URL(this.deps.dashboardUrl).hostname}>`
      const subject = `Urgent help requested at ${event.name}`
      const where = await this.whereOf(alert)
      const look = `See it in the dashboard:\n\n${this.deps.dashboardUrl}/`
      switch (news) {
        case 'raised':
          return await this.deps.mailer.send({
            to,
            subject,
            messageId: firstId,
            text: [
              `Someone at ${event.name} asked for urgent help${where}.`,
              'Please go now, and tap “I’m on it” in the dashboard so the rest of the team knows it is handled.',
              look,
            ].join('\n\n'),
          })
        case 'place':
          return await this.deps.mailer.send({
            to,
            subject: `${subject}: update, where they are`,
            inReplyTo: firstId,
            text: [
              `Update to the same request for urgent help at ${event.name}: they are at ${alert.place ?? 'a place not given'}.`,
              'This is not a second request.',
              look,
            ].join('\n\n'),
          })
        case 'cancelled':
          return await this.deps.mailer.send({
            to,
            subject: `${subject}: update, cancelled`,
            inReplyTo: firstId,
            text: [
              `The person who asked for urgent help at ${event.name}${where} says they tapped by mistake, and cancelled it.`,
              look,
            ].join('\n\n'),
          })
      }
    } catch (error) {
      this.deps.log.error({ err: error, eventId: event.id }, 'urgent help email failed')
    }
  }
}
