import { EventReason, dateTimeFormat, localDateOf } from '@conduct-desk/shared'
import { badUserInput } from '../../platform/errors/domain-error.js'

/**
 * The calendar day (`YYYY-MM-DD`) an instant falls on in a time zone. Asked on every public read
 * (is the event live?): the formatter behind it is made once per zone, not once per call.
 */
export function localDay(instant: Date, timeZone: string): string {
  return localDateOf(instant, timeZone)
}

/** Whether `timeZone` is an IANA zone this runtime knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    // An unknown zone throws and is not kept; a known one is kept for the reads that follow.
    dateTimeFormat('en', { timeZone })
    return true
  } catch {
    return false
  }
}

/**
 * An event's dates and zone, as both creating and editing an event check them.
 * @throws BAD_USER_INPUT naming the field: an unknown zone, or a last day before the first.
 */
export function assertValidSchedule(schedule: { timeZone: string; startsOn: string; endsOn: string }): void {
  if (!isKnownTimeZone(schedule.timeZone)) {
    throw badUserInput(
      `Unknown time zone "${schedule.timeZone}"; use an IANA name such as Europe/Lisbon.`,
      'timeZone',
      EventReason.TimeZoneUnknown,
    )
  }
  if (schedule.endsOn < schedule.startsOn) {
    throw badUserInput(
      'The last day cannot come before the first day.',
      'endsOn',
      EventReason.EndsBeforeStart,
    )
  }
}
