import { ErrorCode, OfficeHourReason, formatBookingCode, normalizeBookingCode } from '@conduct-desk/shared'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { graphqlClient } from '@/graphql/client'
import type { ProblemWords } from '@/graphql/problem-of'
import { useLatestRequest } from '@/graphql/use-latest-request'
import { useMutation } from '@/graphql/use-mutation'
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

/** How the booking screens word a refused booking or move. */
const BOOKING_PROBLEMS: ProblemWords<BookingProblem> = {
  reasons: {
    [OfficeHourReason.SlotPassed]: 'past',
    [OfficeHourReason.ContactNotAvailable]: 'not-on-duty',
  },
  codes: {
    [ErrorCode.Conflict]: 'taken',
    [ErrorCode.NotFound]: 'taken',
    [ErrorCode.BadUserInput]: 'invalid',
    [ErrorCode.RateLimited]: 'rate-limited',
  },
}

/** How the manage screen words a code that did not work. */
const CODE_PROBLEMS: ProblemWords<CodeProblem> = {
  codes: {
    [ErrorCode.BadUserInput]: 'malformed',
    [ErrorCode.NotFound]: 'not-found',
    [ErrorCode.RateLimited]: 'rate-limited',
  },
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

  // Emptied by reset(), so an answer that arrives after a wipe is dropped.
  const latest = useLatestRequest()

  /**
   * After a time turned out not to be bookable: the list says so and stops offering it at once (the
   * list asks the server again as it is shown, see office-hours.routes.ts).
   */
  function backToList(problem: BookingProblem, _details: unknown, slotId: string): void {
    if (problem !== 'taken' && problem !== 'past') {
      return
    }
    notice.value = problem
    useOfficeHoursStore().markTaken(slotId)
  }

  const booking = useMutation({
    latest,
    send: (slotId: string, contactMethod: string | null, contactId: string | null) =>
      graphqlClient.request(OfficeHoursBookDocument, { input: { slotId, contactMethod, contactId } }),
    land: (data, slotId) => {
      receipt.value = data.bookSlot
      notice.value = null
      useOfficeHoursStore().markTaken(slotId)
      return 'booked' as const
    },
    problems: BOOKING_PROBLEMS,
    onProblem: backToList,
  })

  const finding = useMutation({
    latest,
    send: (code: string) => graphqlClient.request(OfficeHoursBookingByCodeDocument, { code }),
    land: data => {
      managed.value = data.bookingByCode
      outcome.value = 'found'
      cancelledSlot.value = null
      return 'found' as const
    },
    problems: CODE_PROBLEMS,
  })

  const cancelling = useMutation({
    latest,
    send: (booking: Booking) => graphqlClient.request(OfficeHoursCancelDocument, { code: booking.code }),
    land: (_data, booking) => {
      cancelledSlot.value = booking.slot
      managed.value = null
      outcome.value = 'cancelled'
      useOfficeHoursStore().markFree(booking.slot.id)
      return 'cancelled' as const
    },
    problems: CODE_PROBLEMS,
  })

  const moving = useMutation({
    latest,
    send: (slotId: string, booking: Booking, contactId: string | null) =>
      graphqlClient.request(OfficeHoursMoveDocument, { input: { code: booking.code, slotId, contactId } }),
    land: (data, slotId, booking) => {
      managed.value = data.moveBooking
      outcome.value = 'moved'
      notice.value = null
      const slots = useOfficeHoursStore()
      slots.markFree(booking.slot.id)
      slots.markTaken(slotId)
      return 'moved' as const
    },
    problems: BOOKING_PROBLEMS,
    onProblem: backToList,
  })

  /**
   * Books a free time; `contactMethod` is optional and only the team sees it. `contactId`: the
   * person asked for, for a time held by whoever is on duty.
   */
  function book(
    slotId: string,
    contactMethod: string,
    contactId: string | null = null,
  ): Promise<'booked' | BookingProblem> {
    const reach = contactMethod.trim()
    return booking.run(slotId, reach === '' ? null : reach, contactId)
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
    return code === null ? 'malformed' : finding.run(formatBookingCode(code))
  }

  /** Cancels the meeting found by its code; its time is free for someone else at once. */
  async function cancel(): Promise<'cancelled' | CodeProblem> {
    return managed.value === null ? 'not-found' : cancelling.run(managed.value)
  }

  /** Moves the meeting found by its code to another free time; the code and the word stay the same. */
  async function move(
    slotId: string,
    contactId: string | null = null,
  ): Promise<'moved' | BookingProblem | 'not-found'> {
    return managed.value === null ? 'not-found' : moving.run(slotId, managed.value, contactId)
  }

  /** The manage screen was left for the start: drop the booking found and its code. */
  function forgetManaged(): void {
    managed.value = null
    outcome.value = null
    cancelledSlot.value = null
  }

  function reset(): void {
    latest.dropAll()
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
