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

/** A zone's wall clock at an instant, field by field (hours 0 to 23). */
export interface WallClock {
  readonly year: number
  readonly month: number
  readonly day: number
  readonly hour: number
  readonly minute: number
  readonly second: number
}

/** What the wall clock in `timeZone` shows at `instant`, from one formatter per zone. */
export function wallClockOf(instant: Date, timeZone: string): WallClock {
  const parts = dateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant)
  const value = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find(part => part.type === type)?.value ?? 0)
  return {
    year: value('year'),
    month: value('month'),
    day: value('day'),
    hour: value('hour'),
    minute: value('minute'),
    second: value('second'),
  }
}

const two = (value: number) => String(value).padStart(2, '0')

/**
 * The wall-clock reading of an instant in `timeZone`: on-duty hours, slots and meetings are read on
 * the event's clocks, wherever the screen showing them is.
 */
export function instantToLocal(instant: Instant, timeZone: string): LocalClockReading {
  const wall = wallClockOf(toDate(instant), timeZone)
  return {
    date: `${String(wall.year).padStart(4, '0')}-${two(wall.month)}-${two(wall.day)}`,
    time: `${two(wall.hour)}:${two(wall.minute)}`,
  }
}

/** The calendar day (`YYYY-MM-DD`) an instant falls on in `timeZone`. */
export function localDateOf(instant: Instant, timeZone: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    toDate(instant),
  )
}
