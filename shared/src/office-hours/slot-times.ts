import { localToInstant, zoneOffsetMinutes } from '../time/zoned-time.js'

/** A daily window of office hours, in the event's wall-clock time. */
export interface OfficeHourWindowSpec {
  /** `YYYY-MM-DD` in the event's time zone. */
  readonly localDate: string
  /** `HH:MM`, wall clock. */
  readonly from: string
  /** `HH:MM`, wall clock; the last slot ends at or before it. */
  readonly to: string
  readonly slotMinutes: number
  /** Rest between two slots, so a responder can note down and breathe. */
  readonly bufferMinutes: number
}

export interface SlotTime {
  readonly startsAt: Date
  readonly endsAt: Date
}

const toMinutes = (time: string) => {
  const [hours, minutes] = time.split(':').map(Number)
  return (hours ?? 0) * 60 + (minutes ?? 0)
}
const toTime = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

/** What a wall clock in `timeZone` shows at `instant`, as `YYYY-MM-DDTHH:MM`. */
const wallClock = (instant: Date, timeZone: string) =>
  new Date(instant.getTime() + zoneOffsetMinutes(instant, timeZone) * 60_000).toISOString().slice(0, 16)

/**
 * The slots of a window, laid out in wall-clock time and converted with the zone's rules for that
 * day: 12:00–14:00 in 20-minute slots with a 5-minute buffer gives 12:00, 12:25, 12:50, 13:15, 13:40
 * whatever the offset, also on the day the clocks change. Slots whose wall time does not exist
 * (skipped by a spring-forward) are left out rather than shifted into another slot's time.
 */
export function slotTimes(spec: OfficeHourWindowSpec, timeZone: string): SlotTime[] {
  const start = toMinutes(spec.from)
  const end = toMinutes(spec.to)
  const slots: SlotTime[] = []
  for (let at = start; at + spec.slotMinutes <= end; at += spec.slotMinutes + spec.bufferMinutes) {
    const startsAt = localToInstant(spec.localDate, toTime(at), timeZone)
    const endsAt = localToInstant(spec.localDate, toTime(at + spec.slotMinutes), timeZone)
    const startExists = wallClock(startsAt, timeZone) === `${spec.localDate}T${toTime(at)}`
    if (startExists && endsAt.getTime() - startsAt.getTime() === spec.slotMinutes * 60_000) {
      slots.push({ startsAt, endsAt })
    }
  }
  return slots
}
