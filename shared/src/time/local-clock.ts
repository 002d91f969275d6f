import { dateTimeFormat } from './date-time-formats.js'

/** An instant as the API and the apps pass it: a Date, an ISO string or epoch milliseconds. */
export type Instant = Date | string | number

export function toDate(instant: Instant): Date {
  return instant instanceof Date ? instant : new Date(instant)
}

/** What the wall clock in a zone reads at an instant: `YYYY-MM-DD` and `HH:MM` (00:00–23:59). */
export interface LocalClockReading {
  readonly date: string
  readonly time: string
}

/**
 * The wall-clock reading of an instant in `timeZone`: on-duty hours, slots and meetings are read on
 * the event's clocks, wherever the screen showing them is.
 */
export function instantToLocal(instant: Instant, timeZone: string): LocalClockReading {
  const parts = dateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(toDate(instant))
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find(entry => entry.type === type)?.value ?? '00'
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
  }
}

/** The calendar day (`YYYY-MM-DD`) an instant falls on in `timeZone`. */
export function localDateOf(instant: Instant, timeZone: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    toDate(instant),
  )
}
