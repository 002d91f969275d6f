import { randomInt } from 'node:crypto'
import {
  bookingCodeFrom,
  CHECK_IN_WORDS,
  checkInWordFrom,
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
import { BOOKING_CONTACT_METHOD, BookingEntity, BookingStatus } from './booking.entity.js'
import { chosenContact } from './chosen-contact.js'
import type { MeetingNotifier } from './meeting-notifier.js'
import { OfficeHourSlotEntity } from './office-hour-slot.entity.js'

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

/** A booking as the person holding its code sees it. */
export interface HeldBooking {
  /** `ABCDE-FGHJK`: only in the answers to the person who holds it; never stored readable. */
  readonly code: string
  readonly checkInWord: string
  readonly slot: OfficeHourSlotEntity
  /** Whom the meeting is with: the slot's contact, or the one chosen among those on duty; null for anyone on duty. */
  readonly contactId: string | null
}

const NOT_FREE = 'This time was just taken. Please choose another one.'

function held(
  code: string,
  booking: Pick<BookingEntity, 'checkInWord' | 'chosenContactId'>,
  slot: OfficeHourSlotEntity,
): HeldBooking {
  return {
    code,
    checkInWord: booking.checkInWord,
    slot,
    contactId: booking.chosenContactId ?? slot.contactId,
  }
}

/** Booking private meetings: free/busy for the public, codes to cancel or move (the team's side: MeetingService). */
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
   * Books a slot and returns its code and check-in word. Exactly one of any number of simultaneous
   * attempts wins; the database's unique index decides, the others get CONFLICT. `contactId` is
   * whom the person asks to meet, for a slot held by whoever is on duty.
   * @throws NOT_FOUND, BAD_USER_INPUT (past slot, contact not on duty then), CONFLICT (taken or
   * blocked), RATE_LIMITED.
   */
  async book(
    slotId: string,
    contactMethod: string | null,
    requesterKey: string,
    contactId: string | null = null,
  ): Promise<HeldBooking> {
    // Counted before the booking, so parallel requests cannot all pass; given back if it fails.
    const place = await this.deps.limiter.reserve('booking', requesterKey, BOOKINGS_PER_REQUESTER)
    const code = bookingCodeFrom(Array.from({ length: 10 }, () => randomInt(32)))
    const checkInWord = checkInWordFrom(randomInt(CHECK_IN_WORDS.length))
    const id = newId()
    const sealedContact = contactMethod?.trim()
      ? this.deps.cipher.encrypt(contactMethod.trim(), BOOKING_CONTACT_METHOD.at(id))
      : null
    const booking = this.guardTaken(() =>
      this.deps.db.write(async manager => {
        const found = await this.bookableSlot(manager, slotId)
        const chosenContactId = await chosenContact(manager, found, contactId)
        await manager.insert(BookingEntity, {
          id,
          eventId: found.eventId,
          slotId: found.id,
          codeHash: hashToken(code),
          checkInWord,
          chosenContactId,
          contactMethod: sealedContact,
          status: BookingStatus.Active,
          createdAt: this.deps.clock.now(),
          endedAt: null,
        })
        return held(formatBookingCode(code), { checkInWord, chosenContactId }, found)
      }),
    )
    const result = await booking.catch(async (error: unknown) => {
      await place.refund()
      throw error
    })
    await place.keep()
    void this.deps.notifier.booked(result.slot, result.contactId)
    return result
  }

  /** Cancels the booking a code belongs to. @throws BAD_USER_INPUT, NOT_FOUND, RATE_LIMITED. */
  async cancel(typedCode: string, requesterKey: string): Promise<void> {
    const was = await this.withCode(typedCode, requesterKey, async (manager, booking) => {
      await manager.update(
        BookingEntity,
        { id: booking.id },
        { status: BookingStatus.Cancelled, endedAt: this.deps.clock.now() },
      )
      const slot = await manager.findOneByOrFail(OfficeHourSlotEntity, { id: booking.slotId })
      return held('', booking, slot)
    })
    void this.deps.notifier.cancelled(was.slot, was.contactId)
  }

  /**
   * Moves a booking to another free slot of the same event, with `contactId` as in `book`; the code
   * and the check-in word stay the same.
   */
  async move(
    typedCode: string,
    newSlotId: string,
    requesterKey: string,
    contactId: string | null = null,
  ): Promise<HeldBooking> {
    const code = formatBookingCode(normalizeBookingCode(typedCode) ?? '')
    const { now, previous } = await this.guardTaken(() =>
      this.withCode(typedCode, requesterKey, async (manager, booking) => {
        const target = await this.bookableSlot(manager, newSlotId)
        if (target.eventId !== booking.eventId) {
          throw notFound('The slot')
        }
        const chosenContactId = await chosenContact(manager, target, contactId)
        const old = await manager.findOneByOrFail(OfficeHourSlotEntity, { id: booking.slotId })
        await manager.update(BookingEntity, { id: booking.id }, { slotId: target.id, chosenContactId })
        return {
          now: held(code, { checkInWord: booking.checkInWord, chosenContactId }, target),
          previous: held(code, booking, old),
        }
      }),
    )
    void this.deps.notifier.cancelled(previous.slot, previous.contactId)
    void this.deps.notifier.booked(now.slot, now.contactId)
    return now
  }

  /** An active booking, for the person who has its code. */
  async findByCode(typedCode: string, requesterKey: string): Promise<HeldBooking> {
    const code = formatBookingCode(normalizeBookingCode(typedCode) ?? '')
    return this.withCode(typedCode, requesterKey, async (manager, booking) =>
      held(code, booking, await manager.findOneByOrFail(OfficeHourSlotEntity, { id: booking.slotId })),
    )
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
