import { wallClockOf } from './local-clock.js'

/**
 * The offset of `timeZone` from UTC at `instant`, in minutes (positive east of Greenwich).
 * Uses only `Intl`, so it runs the same in the server, the apps and tests.
 */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const wall = wallClockOf(instant, timeZone)
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second)
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000)
}

/**
 * The instant at which the wall clock in `timeZone` shows `localDate` (`YYYY-MM-DD`) and
 * `localTime` (`HH:MM`). In the hour skipped by a daylight-saving change the time is read with the
 * offset from before the change (02:30 on a spring-forward night becomes 03:30); in the hour that
 * repeats, the first of the two is taken.
 */
export function localToInstant(localDate: string, localTime: string, timeZone: string): Date {
  const [year, month, day] = localDate.split('-').map(Number)
  const [hour, minute] = localTime.split(':').map(Number)
  const wall = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0)
  // Read the wall time with the offset in force half a day before and half a day after; a reading
  // is right when the zone really has that offset at the instant it gives.
  const readings = [-12, 12].map(hours => {
    const offset = zoneOffsetMinutes(new Date(wall + hours * 3_600_000), timeZone)
    const instant = wall - offset * 60_000
    return { instant, valid: zoneOffsetMinutes(new Date(instant), timeZone) === offset }
  })
  const valid = readings.filter(reading => reading.valid).map(reading => reading.instant)
  return new Date(valid.length > 0 ? Math.min(...valid) : (readings[0]?.instant ?? wall))
}

/** Adds whole days to a `YYYY-MM-DD` calendar date. */
export function addDays(localDate: string, days: number): string {
  const [year, month, day] = localDate.split('-').map(Number)
  return new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, (day ?? 1) + days)).toISOString().slice(0, 10)
}
