import { ErrorCode, OfficeHourReason, formatBookingCode, normalizeBookingCode } from '@conduct-desk/shared'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { ApiCancelledError, ApiError, ApiUnreachableError, graphqlClient } from '@/graphql/client'
import {
  OfficeHoursBookDocument,
  OfficeHoursBookingByCodeDocument,
  OfficeHoursCancelDocument,
  OfficeHoursMoveDocument,
  type OfficeHoursBookMutation,
} from '@/graphql/generated/graphql'
import type { OfficeHoursSlot } from './office-hours-display'
import { useOfficeHoursStore } from './office-hours.store'

/** A booked meeting: its code (ABCDE-FGHJK), the word to say on arrival, its time and with whom. */
export type Booking = OfficeHoursBookMutation['bookSlot']

/**
 * Why a time could not be booked or moved to, in words the screens can say:
 * - `taken`: someone else was quicker (or the time is no longer offered): the list refreshes;
 * - `past`: the time has started;
 * - `rate-limited`: this kiosk or address booked several times this hour;
 * - `invalid`: the server refused what was typed (e.g. a way to reach you over 200 characters);
 * - `not-on-duty`: the person asked for is no longer on duty then (the team changed their hours).
 */
export type BookingProblem =
  'taken' | 'past' | 'rate-limited' | 'invalid' | 'not-on-duty' | 'unreachable' | 'failed'

/** Why a code did not work: malformed, unknown or cancelled, too many wrong codes, or no answer. */
export type CodeProblem = 'malformed' | 'not-found' | 'rate-limited' | 'unreachable' | 'failed'

/** Why the visitor is back at the list of times: the one they chose could not be booked. */
export type ListNotice = 'taken' | 'past' | null

function bookingProblemOf(error: unknown): BookingProblem {
  if (error instanceof ApiUnreachableError) {
    return 'unreachable'
  }
  if (error instanceof ApiError) {
    switch (error.code) {
      case ErrorCode.Conflict:
      case ErrorCode.NotFound:
        return 'taken'
      case ErrorCode.BadUserInput:
        return error.reason === OfficeHourReason.SlotPassed
          ? 'past'
          : error.reason === OfficeHourReason.ContactNotAvailable
            ? 'not-on-duty'
            : 'invalid'
      case ErrorCode.RateLimited:
        return 'rate-limited'
    }
  }
  return 'failed'
}

function codeProblemOf(error: unknown): CodeProblem {
  if (error instanceof ApiUnreachableError) {
    return 'unreachable'
  }
  if (error instanceof ApiError) {
    switch (error.code) {
      case ErrorCode.BadUserInput:
        return 'malformed'
      case ErrorCode.NotFound:
        return 'not-found'
      case ErrorCode.RateLimited:
        return 'rate-limited'
    }
  }
  return 'failed'
}

/**
 * One visitor's private meeting: the code just booked (shown once, on the receipt) and a booking
 * found by its code to cancel or move. The code lives here, in memory, and nowhere else; leaving the
 * receipt, "Done", Quick exit and the idle reset all drop it.
 */
export const useBookingStore = defineStore('booking', () => {
  /** The meeting just booked, with its code; null once the receipt is left. */
  const receipt = shallowRef<Booking | null>(null)
  const notice = ref<ListNotice>(null)
  /** A booking found by its code, to cancel or move. */
  const managed = shallowRef<Booking | null>(null)
  /** What happened to `managed` here: just found, or moved; `cancelled` once it is gone. */
  const outcome = ref<'found' | 'moved' | 'cancelled' | null>(null)
  /** The time of the meeting just cancelled, to say which one it was (the code is dropped). */
  const cancelledSlot = shallowRef<OfficeHoursSlot | null>(null)

  // Bumped by reset(), so an answer that arrives after a wipe is dropped.
  let generation = 0

  /**
   * After a time turned out not to be bookable: the list says so and stops offering it at once (the
   * list asks the server again as it is shown, see office-hours.routes.ts).
   */
  function backToList(slotId: string, problem: BookingProblem): void {
    if (problem !== 'taken' && problem !== 'past') {
      return
    }
    notice.value = problem
    useOfficeHoursStore().markTaken(slotId)
  }

  /**
   * Books a free time; `contactMethod` is optional and only the team sees it. `contactId`: the
   * person asked for, for a time held by whoever is on duty.
   */
  async function book(
    slotId: string,
    contactMethod: string,
    contactId: string | null = null,
  ): Promise<'booked' | BookingProblem> {
    const started = generation
    const reach = contactMethod.trim()
    try {
      const data = await graphqlClient.request(OfficeHoursBookDocument, {
        input: { slotId, contactMethod: reach === '' ? null : reach, contactId },
      })
      if (started !== generation) {
        return 'failed'
      }
      receipt.value = data.bookSlot
      notice.value = null
      useOfficeHoursStore().markTaken(slotId)
      return 'booked'
    } catch (error) {
      if (started !== generation || error instanceof ApiCancelledError) {
        return 'failed'
      }
      const problem = bookingProblemOf(error)
      backToList(slotId, problem)
      return problem
    }
  }

  /** The receipt was left: the code is gone from this screen for good. */
  function forgetReceipt(): void {
    receipt.value = null
  }

  function clearNotice(): void {
    notice.value = null
  }

  /** Finds the meeting a typed code has booked. */
  async function lookUp(typed: string): Promise<'found' | CodeProblem> {
    const code = normalizeBookingCode(typed)
    if (code === null) {
      return 'malformed'
    }
    const started = generation
    try {
      const data = await graphqlClient.request(OfficeHoursBookingByCodeDocument, {
        code: formatBookingCode(code),
      })
      if (started !== generation) {
        return 'failed'
      }
      managed.value = data.bookingByCode
      outcome.value = 'found'
      cancelledSlot.value = null
      return 'found'
    } catch (error) {
      if (started !== generation || error instanceof ApiCancelledError) {
        return 'failed'
      }
      return codeProblemOf(error)
    }
  }

  /** Cancels the meeting found by its code; its time is free for someone else at once. */
  async function cancel(): Promise<'cancelled' | CodeProblem> {
    const booking = managed.value
    if (booking === null) {
      return 'not-found'
    }
    const started = generation
    try {
      await graphqlClient.request(OfficeHoursCancelDocument, { code: booking.code })
      if (started !== generation) {
        return 'failed'
      }
      cancelledSlot.value = booking.slot
      managed.value = null
      outcome.value = 'cancelled'
      useOfficeHoursStore().markFree(booking.slot.id)
      return 'cancelled'
    } catch (error) {
      if (started !== generation || error instanceof ApiCancelledError) {
        return 'failed'
      }
      return codeProblemOf(error)
    }
  }

  /** Moves the meeting found by its code to another free time; the code and the word stay the same. */
  async function move(
    slotId: string,
    contactId: string | null = null,
  ): Promise<'moved' | BookingProblem | 'not-found'> {
    const booking = managed.value
    if (booking === null) {
      return 'not-found'
    }
    const started = generation
    try {
      const data = await graphqlClient.request(OfficeHoursMoveDocument, {
        input: { code: booking.code, slotId, contactId },
      })
      if (started !== generation) {
        return 'failed'
      }
      managed.value = data.moveBooking
      outcome.value = 'moved'
      notice.value = null
      const slots = useOfficeHoursStore()
      slots.markFree(booking.slot.id)
      slots.markTaken(slotId)
      return 'moved'
    } catch (error) {
      if (started !== generation || error instanceof ApiCancelledError) {
        return 'failed'
      }
      const problem = bookingProblemOf(error)
      backToList(slotId, problem)
      return problem
    }
  }

  /** The manage screen was left for the start: drop the booking found and its code. */
  function forgetManaged(): void {
    managed.value = null
    outcome.value = null
    cancelledSlot.value = null
  }

  function reset(): void {
    generation++
    receipt.value = null
    notice.value = null
    managed.value = null
    outcome.value = null
    cancelledSlot.value = null
  }

  return {
    receipt,
    notice,
    managed,
    outcome,
    cancelledSlot,
    book,
    forgetReceipt,
    clearNotice,
    lookUp,
    cancel,
    move,
    forgetManaged,
    reset,
  }
})

if (import.meta.hot) {
  import.meta.hot.accept(acceptHMRUpdate(useBookingStore, import.meta.hot))
}
