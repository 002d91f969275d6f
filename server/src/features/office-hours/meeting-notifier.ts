import { dateTimeFormat } from '@conduct-desk/shared'
import type { Database } from '../../db/database.js'
import type { Logger } from '../../platform/logging/logger.js'
import type { Mailer } from '../../platform/mail/mailer.js'
import { ContactEntity, isOnDutyAt } from '../contacts/contact.entity.js'
import { EventEntity } from '../events/event.entity.js'
import type { OfficeHourSlotEntity } from './office-hour-slot.entity.js'

/**
 * Tells the contact the meeting is with (the slot's, or the one the person chose among those on
 * duty), or else whoever is on duty then, that a meeting was booked or cancelled. The message holds
 * only the time and the place: no code, no check-in word, no way to reach the person.
 */
export class MeetingNotifier {
  constructor(
    private readonly db: Database,
    private readonly mailer: Mailer,
    private readonly log: Logger,
  ) {}

  /** `contactId`: whom the meeting is with, or null for whoever is on duty. */
  booked(slot: OfficeHourSlotEntity, contactId: string | null): Promise<void> {
    return this.send(slot, contactId, 'A private meeting was booked', 'Someone booked a private meeting')
  }

  cancelled(slot: OfficeHourSlotEntity, contactId: string | null): Promise<void> {
    return this.send(
      slot,
      contactId,
      'A private meeting was cancelled',
      'A private meeting was cancelled; the time is free again',
    )
  }

  private async send(
    slot: OfficeHourSlotEntity,
    contactId: string | null,
    subject: string,
    opening: string,
  ): Promise<void> {
    try {
      const event = await this.db.read.findOneByOrFail(EventEntity, { id: slot.eventId })
      const contacts = await this.db.read.findBy(ContactEntity, { eventId: slot.eventId })
      const recipients =
        contactId === null
          ? contacts.filter(contact => isOnDutyAt(contact.onDuty, slot.startsAt))
          : contacts.filter(contact => contact.id === contactId)
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
