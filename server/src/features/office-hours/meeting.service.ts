import { In, Not } from 'typeorm'
import type { Database } from '../../db/database.js'
import type { FieldCipher } from '../../platform/crypto/field-cipher.js'
import { notFound } from '../../platform/errors/domain-error.js'
import type { Clock } from '../../platform/time/clock.js'
import { ContactEntity } from '../contacts/contact.entity.js'
import { BOOKING_CONTACT_METHOD, BookingEntity, BookingStatus } from './booking.entity.js'
import { OfficeHourSlotEntity } from './office-hour-slot.entity.js'
import { OfficeHourWindowEntity } from './office-hour-window.entity.js'
import type { Meeting } from './office-hours.type.js'

/**
 * Bookings as the team sees them: meetings with a check-in word, never the booking code (only its
 * hash is stored), and whether each was held or missed.
 */
export class MeetingService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly cipher: FieldCipher,
  ) {}

  /** The event's meetings from today on (or all), for responders, with the person's way to be reached. */
  async meetings(eventId: string, includePast: boolean): Promise<Meeting[]> {
    const bookings = await this.db.read.find(BookingEntity, {
      where: { eventId, status: Not(BookingStatus.Cancelled) },
    })
    const slots =
      bookings.length === 0
        ? []
        : await this.db.read.findBy(OfficeHourSlotEntity, { id: In(bookings.map(row => row.slotId)) })
    const windows =
      slots.length === 0
        ? []
        : await this.db.read.findBy(OfficeHourWindowEntity, { id: In(slots.map(slot => slot.windowId)) })
    const names = await this.contactNames([
      ...bookings.flatMap(booking => booking.chosenContactId ?? []),
      ...slots.flatMap(slot => slot.contactId ?? []),
    ])
    const startOfToday = new Date(this.clock.now().getTime() - 12 * 3_600_000)
    return bookings
      .map(booking => ({ booking, slot: slots.find(slot => slot.id === booking.slotId)! }))
      .filter(({ slot }) => includePast || slot.endsAt > startOfToday)
      .sort((a, b) => a.slot.startsAt.getTime() - b.slot.startsAt.getTime())
      .map(({ booking, slot }) => {
        const contactId = booking.chosenContactId ?? slot.contactId
        return {
          id: booking.id,
          checkInWord: booking.checkInWord,
          status: booking.status,
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
          place: slot.place,
          contactName: contactId === null ? null : (names.get(contactId) ?? null),
          contactMethod:
            booking.contactMethod === null
              ? null
              : this.cipher.decrypt(booking.contactMethod, BOOKING_CONTACT_METHOD.at(booking.id)),
          respondersPerSlot: windows.find(window => window.id === slot.windowId)?.respondersPerSlot ?? 1,
        }
      })
  }

  /** Records that a meeting took place or that nobody came. */
  async mark(eventId: string, bookingId: string, status: 'held' | 'missed'): Promise<void> {
    const result = await this.db.write(manager =>
      manager.update(
        BookingEntity,
        { id: bookingId, eventId, status: Not(BookingStatus.Cancelled) },
        { status, endedAt: this.clock.now() },
      ),
    )
    if (result.affected !== 1) {
      throw notFound('The meeting')
    }
  }

  private async contactNames(ids: readonly string[]): Promise<Map<string, string>> {
    const rows =
      ids.length === 0 ? [] : await this.db.read.findBy(ContactEntity, { id: In([...new Set(ids)]) })
    return new Map(rows.map(row => [row.id, row.name]))
  }
}
