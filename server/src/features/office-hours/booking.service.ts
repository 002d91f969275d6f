import { randomInt } from 'node:crypto'
import {
  bookingCodeFrom,
  EventStatus,
  formatBookingCode,
  normalizeBookingCode,
  OfficeHourReason,
} from '@conduct-desk/shared'
import { Between, In, Not, type EntityManager } from 'typeorm'
import type { Database } from '../../db/database.js'
import type { FieldCipher } from '../../platform/crypto/field-cipher.js'
import { isUniqueViolation } from '../../platform/db/unique-violation.js'
import { badUserInput, conflict, notFound } from '../../platform/errors/domain-error.js'
import type { FailureThrottle } from '../../platform/rate-limit/failure-throttle.js'
import type { RateLimiter } from '../../platform/rate-limit/rate-limiter.js'
import { hashToken, newId } from '../../platform/security/tokens.js'
import type { Clock } from '../../platform/time/clock.js'
import { EventEntity } from '../events/event.entity.js'
import { BOOKING_CODE, BOOKING_CONTACT_METHOD, BookingEntity, BookingStatus } from './booking.entity.js'
import type { MeetingNotifier } from './meeting-notifier.js'
import { OfficeHourSlotEntity } from './office-hour-slot.entity.js'
import { OfficeHourWindowEntity } from './office-hour-window.entity.js'
import type { Meeting } from './office-hours.type.js'

/** Three meetings an hour from one kiosk or address: enough for anyone, too few to book out a day. */
const BOOKINGS_PER_REQUESTER = { max: 3, windowMs: 3_600_000 }
/** How far ahead and back a slot query may look: a week of an event at a time. */
const MAX_RANGE_MS = 14 * 86_400_000
/** The one key of the limit on wrong codes from everyone together. */
const EVERYONE = 'everyone'

export interface BookingDeps {
  readonly db: Database
  readonly clock: Clock
  readonly cipher: FieldCipher
  readonly limiter: RateLimiter
  /** Wrong codes per requester, and from everyone together, each with its own limits. */
  readonly codeThrottle: FailureThrottle<'requester' | 'everyone'>
  readonly notifier: MeetingNotifier
}

export interface SlotRow {
  readonly slot: OfficeHourSlotEntity
  readonly available: boolean
}

const NOT_FREE = 'This time was just taken. Please choose another one.'

/** Booking private meetings: free/busy for the public, codes to cancel or move, meetings for responders. */
export class BookingService {
  constructor(private readonly deps: BookingDeps) {}

  /** Future slots of a published event in [from, to), each only free or busy. */
  async listSlots(eventSlug: string, from: Date, to: Date): Promise<SlotRow[]> {
    if (to.getTime() <= from.getTime() || to.getTime() - from.getTime() > MAX_RANGE_MS) {
      throw badUserInput(
        'Ask for a range of up to 14 days, with the end after the start.',
        'to',
        OfficeHourReason.RangeInvalid,
      )
    }
    const event = await this.deps.db.read.findOneBy(EventEntity, {
      slug: eventSlug,
      status: EventStatus.Published,
    })
    if (event === null) {
      throw notFound('The event')
    }
    const now = this.deps.clock.now()
    const slots = await this.deps.db.read.find(OfficeHourSlotEntity, {
      where: { eventId: event.id, startsAt: Between(from, to) },
      order: { startsAt: 'ASC' },
    })
    const future = slots.filter(slot => slot.startsAt > now && slot.startsAt < to)
    const taken =
      future.length === 0
        ? []
        : await this.deps.db.read.find(BookingEntity, {
            where: { slotId: In(future.map(slot => slot.id)), status: Not(BookingStatus.Cancelled) },
            select: { slotId: true },
          })
    const busy = new Set(taken.map(row => row.slotId))
    return future.map(slot => ({ slot, available: !slot.isBlocked && !busy.has(slot.id) }))
  }

  /**
   * Books a slot and returns its code. Exactly one of any number of simultaneous attempts wins; the
   * database's unique index decides, the others get CONFLICT.
   * @throws NOT_FOUND, BAD_USER_INPUT (past slot), CONFLICT (taken or blocked), RATE_LIMITED.
   */
  async book(
    slotId: string,
    contactMethod: string | null,
    requesterKey: string,
  ): Promise<{ code: string; slot: OfficeHourSlotEntity }> {
    // Counted before the booking, so parallel requests cannot all pass; given back if it fails.
    const place = await this.deps.limiter.reserve('booking', requesterKey, BOOKINGS_PER_REQUESTER)
    const code = bookingCodeFrom(Array.from({ length: 10 }, () => randomInt(32)))
    const id = newId()
    const sealedContact = contactMethod?.trim()
      ? this.deps.cipher.encrypt(contactMethod.trim(), BOOKING_CONTACT_METHOD.at(id))
      : null
    const booking = this.guardTaken(() =>
      this.deps.db.write(async manager => {
        const found = await this.bookableSlot(manager, slotId)
        await manager.insert(BookingEntity, {
          id,
          eventId: found.eventId,
          slotId: found.id,
          codeHash: hashToken(code),
          codeSealed: this.deps.cipher.encrypt(code, BOOKING_CODE.at(id)),
          contactMethod: sealedContact,
          status: BookingStatus.Active,
          createdAt: this.deps.clock.now(),
          endedAt: null,
        })
        return found
      }),
    )
    const slot = await booking.catch(async (error: unknown) => {
      await place.refund()
      throw error
    })
    await place.keep()
    void this.deps.notifier.booked(slot)
    return { code: formatBookingCode(code), slot }
  }

  /** Cancels the booking a code belongs to. @throws BAD_USER_INPUT, NOT_FOUND, RATE_LIMITED. */
  async cancel(typedCode: string, requesterKey: string): Promise<void> {
    const slot = await this.withCode(typedCode, requesterKey, async (manager, booking) => {
      await manager.update(
        BookingEntity,
        { id: booking.id },
        { status: BookingStatus.Cancelled, endedAt: this.deps.clock.now() },
      )
      return manager.findOneByOrFail(OfficeHourSlotEntity, { id: booking.slotId })
    })
    void this.deps.notifier.cancelled(slot)
  }

  /** Moves a booking to another free slot of the same event; the code stays the same. */
  async move(
    typedCode: string,
    newSlotId: string,
    requesterKey: string,
  ): Promise<{ code: string; slot: OfficeHourSlotEntity }> {
    const { slot, previous } = await this.guardTaken(() =>
      this.withCode(typedCode, requesterKey, async (manager, booking) => {
        const target = await this.bookableSlot(manager, newSlotId)
        if (target.eventId !== booking.eventId) {
          throw notFound('The slot')
        }
        const old = await manager.findOneByOrFail(OfficeHourSlotEntity, { id: booking.slotId })
        await manager.update(BookingEntity, { id: booking.id }, { slotId: target.id })
        return { slot: target, previous: old }
      }),
    )
    void this.deps.notifier.cancelled(previous)
    void this.deps.notifier.booked(slot)
    return { code: formatBookingCode(normalizeBookingCode(typedCode) ?? ''), slot }
  }

  /** The slot an active booking holds, for the person who has its code. */
  async findByCode(typedCode: string, requesterKey: string): Promise<OfficeHourSlotEntity> {
    return this.withCode(typedCode, requesterKey, (manager, booking) =>
      manager.findOneByOrFail(OfficeHourSlotEntity, { id: booking.slotId }),
    )
  }

  /** The event's meetings from today on (or all), for responders, with the person's way to be reached. */
  async meetings(eventId: string, includePast: boolean): Promise<Meeting[]> {
    const bookings = await this.deps.db.read.find(BookingEntity, {
      where: { eventId, status: Not(BookingStatus.Cancelled) },
    })
    const slots =
      bookings.length === 0
        ? []
        : await this.deps.db.read.findBy(OfficeHourSlotEntity, { id: In(bookings.map(row => row.slotId)) })
    const windows =
      slots.length === 0
        ? []
        : await this.deps.db.read.findBy(OfficeHourWindowEntity, { id: In(slots.map(slot => slot.windowId)) })
    const names = await this.deps.notifier.contactNames(
      slots.flatMap(slot => (slot.contactId === null ? [] : [slot.contactId])),
    )
    const startOfToday = new Date(this.deps.clock.now().getTime() - 12 * 3_600_000)
    return bookings
      .map(booking => ({ booking, slot: slots.find(slot => slot.id === booking.slotId)! }))
      .filter(({ slot }) => includePast || slot.endsAt > startOfToday)
      .sort((a, b) => a.slot.startsAt.getTime() - b.slot.startsAt.getTime())
      .map(({ booking, slot }) => ({
        id: booking.id,
        code: formatBookingCode(this.deps.cipher.decrypt(booking.codeSealed, BOOKING_CODE.at(booking.id))),
        status: booking.status,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        place: slot.place,
        contactName: slot.contactId === null ? null : (names.get(slot.contactId) ?? null),
        contactMethod:
          booking.contactMethod === null
            ? null
            : this.deps.cipher.decrypt(booking.contactMethod, BOOKING_CONTACT_METHOD.at(booking.id)),
        respondersPerSlot: windows.find(window => window.id === slot.windowId)?.respondersPerSlot ?? 1,
      }))
  }

  /** Records that a meeting took place or that nobody came. */
  async mark(eventId: string, bookingId: string, status: 'held' | 'missed'): Promise<void> {
    const result = await this.deps.db.write(manager =>
      manager.update(
        BookingEntity,
        { id: bookingId, eventId, status: Not(BookingStatus.Cancelled) },
        { status, endedAt: this.deps.clock.now() },
      ),
    )
    if (result.affected !== 1) {
      throw notFound('The meeting')
    }
  }

  private async bookableSlot(manager: EntityManager, slotId: string): Promise<OfficeHourSlotEntity> {
    const slot = await manager.findOneBy(OfficeHourSlotEntity, { id: slotId })
    const event =
      slot === null
        ? null
        : await manager.findOneBy(EventEntity, { id: slot.eventId, status: EventStatus.Published })
    if (slot === null || event === null) {
      throw notFound('The slot')
    }
    if (slot.startsAt <= this.deps.clock.now()) {
      throw badUserInput(
        'This time has already passed. Please choose a later one.',
        'slotId',
        OfficeHourReason.SlotPassed,
      )
    }
    if (
      slot.isBlocked ||
      (await manager.countBy(BookingEntity, { slotId: slot.id, status: Not(BookingStatus.Cancelled) })) > 0
    ) {
      throw conflict(NOT_FREE, OfficeHourReason.SlotTaken)
    }
    return slot
  }

  /** Runs `work` on the active booking of a code, counting wrong codes against the requester and everyone. */
  private async withCode<T>(
    typedCode: string,
    requesterKey: string,
    work: (manager: EntityManager, booking: BookingEntity) => Promise<T>,
  ): Promise<T> {
    const code = normalizeBookingCode(typedCode)
    if (code === null) {
      throw badUserInput(
        'A booking code has ten letters and digits, like ABCDE-12345.',
        'code',
        OfficeHourReason.BookingCodeShape,
      )
    }
    // Reserved before the lookup, so parallel guesses cannot all pass (SECURITY R12).
    const result = await this.deps.codeThrottle.attempt({ requester: requesterKey, everyone: EVERYONE }, () =>
      this.deps.db.write(async manager => {
        const booking = await manager.findOneBy(BookingEntity, {
          codeHash: hashToken(code),
          status: BookingStatus.Active,
        })
        return booking === null ? null : { value: await work(manager, booking) }
      }),
    )
    if (result === null) {
      throw notFound('A booking with this code')
    }
    return result.value
  }

  /** Maps the database's "already booked" to CONFLICT, whichever way it surfaced. */
  private async guardTaken<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work()
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw conflict(NOT_FREE, OfficeHourReason.SlotTaken)
      }
      throw error
    }
  }
}
