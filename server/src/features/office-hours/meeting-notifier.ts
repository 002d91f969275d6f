import { dateTimeFormat } from '@conduct-desk/shared'
import { In } from 'typeorm'
import type { Database } from '../../db/database.js'
import type { Logger } from '../../platform/logging/logger.js'
import type { Mailer } from '../../platform/mail/mailer.js'
import { ContactEntity } from '../contacts/contact.entity.js'
import { EventEntity } from '../events/event.entity.js'
import type { OfficeHourSlotEntity } from './office-hour-slot.entity.js'

/**
 * Tells the chosen contact (or whoever is on duty then) that a meeting was booked or cancelled. The
 * message holds only the time and the place: no code, no way to reach the person, nothing else.
 */
export class MeetingNotifier {
  constructor(
    private readonly db: Database,
    private readonly mailer: Mailer,
    private readonly log: Logger,
  ) {}

  booked(slot: OfficeHourSlotEntity): Promise<void> {
    return this.send(slot, 'A private meeting was booked', 'Someone booked a private meeting')
  }

  cancelled(slot: OfficeHourSlotEntity): Promise<void> {
    return this.send(
      slot,
      'A private meeting was cancelled',
      'A private meeting was cancelled; the time is free again',
    )
  }

  async contactNames(ids: readonly string[]): Promise<Map<string, string>> {
    const rows =
      ids.length === 0 ? [] : await this.db.read.findBy(ContactEntity, { id: In([...new Set(ids)]) })
    return new Map(rows.map(row => [row.id, row.name]))
  }

  private async send(slot: OfficeHourSlotEntity, subject: string, opening: string): Promise<void> {
    try {
      const event = await this.db.read.findOneByOrFail(EventEntity, { id: slot.eventId })
      const contacts = await this.db.read.findBy(ContactEntity, { eventId: slot.eventId })
      const at = slot.startsAt.getTime()
      const recipients =
        slot.contactId === null
          ? contacts.filter(contact =>
              contact.onDuty.some(
                period => Date.parse(period.startsAt) <= at && at < Date.parse(period.endsAt),
              ),
            )
          : contacts.filter(contact => contact.id === slot.contactId)
      const when = dateTimeFormat('en-GB', {
        timeZone: event.timeZone,
        dateStyle: 'full',
        timeStyle: 'short',
      }).format(slot.startsAt)
      await this.mailer.send({
        to: recipients.map(contact => contact.email),
        subject: `${subject}: ${event.name}`,
        text: `${opening} at ${event.name}: ${when} (${event.timeZone}), ${slot.place}.\n\nDetails are in the dashboard, under Meetings.`,
      })
    } catch (error) {
      this.log.error({ err: error, slotId: slot.id }, 'meeting email failed')
    }
  }
}
