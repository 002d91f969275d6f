import { OfficeHourReason, slotTimes } from '@conduct-desk/shared'
import { In, Not } from 'typeorm'
import type { Database } from '../../db/database.js'
import { badUserInput, conflict, notFound } from '../../platform/errors/domain-error.js'
import { newId } from '../../platform/security/tokens.js'
import type { Clock } from '../../platform/time/clock.js'
import { ContactEntity } from '../contacts/contact.entity.js'
import { EventEntity } from '../events/event.entity.js'
import { BookingEntity, BookingStatus } from './booking.entity.js'
import type { CreateOfficeHourWindowInput, SetSlotBlockedInput } from './office-hours.inputs.js'
import { OfficeHourSlotEntity } from './office-hour-slot.entity.js'
import { OfficeHourWindowEntity } from './office-hour-window.entity.js'
import type { OfficeHourWindow } from './office-hours.type.js'

/** The team setting office hours up: windows, their slots, blocking single slots. */
export class OfficeHourSetupService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /**
   * Adds a window and its slots, laid out in the event's time zone.
   * @throws BAD_USER_INPUT when no slot fits, the day is outside the event, or the contact is unknown.
   */
  async createWindow(input: CreateOfficeHourWindowInput): Promise<OfficeHourWindow> {
    const windowId = await this.db.write(async manager => {
      const event = await manager.findOneBy(EventEntity, { id: input.eventId })
      if (event === null) {
        throw notFound('The event')
      }
      if (input.localDate < event.startsOn || input.localDate > event.endsOn) {
        throw badUserInput(
          `Choose a day of the event, ${event.startsOn} to ${event.endsOn}.`,
          'localDate',
          OfficeHourReason.DayOutsideEvent,
        )
      }
      if (
        input.contactId != null &&
        (await manager.findOneBy(ContactEntity, { id: input.contactId, eventId: event.id })) === null
      ) {
        throw badUserInput(
          'This contact is not one of the event’s contacts.',
          'contactId',
          OfficeHourReason.ContactNotOfEvent,
        )
      }
      const spec = {
        localDate: input.localDate,
        from: input.from,
        to: input.to,
        slotMinutes: input.slotMinutes,
        bufferMinutes: input.bufferMinutes,
      }
      const times = slotTimes(spec, event.timeZone)
      if (times.length === 0) {
        throw badUserInput(
          'No slot fits between these times; make the window longer or the slots shorter.',
          'to',
          OfficeHourReason.NoSlotFits,
        )
      }
      const place = input.place?.trim() || event.quietRoomLocation
      if (place === null) {
        throw badUserInput(
          'Say where the meetings take place, or set up the quiet room first.',
          'place',
          OfficeHourReason.PlaceMissing,
        )
      }
      const now = this.clock.now()
      const window = {
        id: newId(),
        eventId: event.id,
        localDate: input.localDate,
        localFrom: input.from,
        localTo: input.to,
        slotMinutes: input.slotMinutes,
        bufferMinutes: input.bufferMinutes,
        place,
        contactId: input.contactId ?? null,
        respondersPerSlot: input.respondersPerSlot ?? 1,
        createdAt: now,
      }
      await manager.insert(OfficeHourWindowEntity, window)
      for (const time of times) {
        await manager.insert(OfficeHourSlotEntity, {
          id: newId(),
          eventId: event.id,
          windowId: window.id,
          ...time,
          place,
          contactId: window.contactId,
          isBlocked: false,
          createdAt: now,
        })
      }
      return window.id
    })
    const windows = await this.listWindows(input.eventId)
    return windows.find(window => window.id === windowId)!
  }

  /** The event's windows with their slots and whether each is booked or blocked. */
  async listWindows(eventId: string): Promise<OfficeHourWindow[]> {
    const [windows, slots] = await Promise.all([
      this.db.read.find(OfficeHourWindowEntity, {
        where: { eventId },
        order: { localDate: 'ASC', localFrom: 'ASC' },
      }),
      this.db.read.find(OfficeHourSlotEntity, { where: { eventId }, order: { startsAt: 'ASC' } }),
    ])
    const booked = await this.bookedSlotIds(slots.map(slot => slot.id))
    return windows.map(window => ({
      id: window.id,
      localDate: window.localDate,
      from: window.localFrom,
      to: window.localTo,
      slotMinutes: window.slotMinutes,
      bufferMinutes: window.bufferMinutes,
      place: window.place,
      contactId: window.contactId,
      respondersPerSlot: window.respondersPerSlot,
      slots: slots
        .filter(slot => slot.windowId === window.id)
        .map(slot => ({
          id: slot.id,
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
          isBlocked: slot.isBlocked,
          isBooked: booked.has(slot.id),
        })),
    }))
  }

  /** Removes a window and its slots. @throws CONFLICT while any of its meetings is booked. */
  async deleteWindow(eventId: string, windowId: string): Promise<void> {
    await this.db.write(async manager => {
      const window = await manager.findOneBy(OfficeHourWindowEntity, { id: windowId, eventId })
      if (window === null) {
        throw notFound('The office hours')
      }
      const slotIds = (await manager.findBy(OfficeHourSlotEntity, { windowId })).map(slot => slot.id)
      const active =
        slotIds.length === 0
          ? 0
          : await manager.countBy(BookingEntity, { slotId: In(slotIds), status: BookingStatus.Active })
      if (active > 0) {
        throw conflict(
          'Some of these slots are booked. Cancel or move those meetings first.',
          OfficeHourReason.WindowHasBookings,
        )
      }
      await manager.delete(OfficeHourWindowEntity, { id: windowId })
    })
  }

  /** Blocks or frees one slot. @throws CONFLICT when blocking a booked slot. */
  async setBlocked(input: SetSlotBlockedInput): Promise<void> {
    await this.db.write(async manager => {
      const slot = await manager.findOneBy(OfficeHourSlotEntity, { id: input.slotId, eventId: input.eventId })
      if (slot === null) {
        throw notFound('The slot')
      }
      if (
        input.isBlocked &&
        (await manager.countBy(BookingEntity, { slotId: slot.id, status: Not(BookingStatus.Cancelled) })) > 0
      ) {
        throw conflict(
          'This slot is booked. Cancel or move the meeting before blocking it.',
          OfficeHourReason.SlotBooked,
        )
      }
      await manager.update(OfficeHourSlotEntity, { id: slot.id }, { isBlocked: input.isBlocked })
    })
  }

  private async bookedSlotIds(slotIds: string[]): Promise<Set<string>> {
    if (slotIds.length === 0) {
      return new Set()
    }
    const rows = await this.db.read.find(BookingEntity, {
      where: { slotId: In(slotIds), status: Not(BookingStatus.Cancelled) },
      select: { slotId: true },
    })
    return new Set(rows.map(row => row.slotId))
  }
}
