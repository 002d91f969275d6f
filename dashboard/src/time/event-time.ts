import { addDays, localToInstant } from '@conduct-desk/shared'

/**
 * Wall-clock reading of an instant in an event's time zone: on-duty hours are typed and read in the
 * event's zone, wherever the organizer's laptop happens to be (the shared reader, one formatter per
 * zone).
 */
export { instantToLocal } from '@conduct-desk/shared'

/** The instants a local day starts and ends at in `timeZone` (23 or 25 hours apart on DST days). */
export function localDayBounds(date: string, timeZone: string): { start: number; end: number } {
  return {
    start: localToInstant(date, '00:00', timeZone).getTime(),
    end: localToInstant(addDays(date, 1), '00:00', timeZone).getTime(),
  }
}

/** Every calendar day from `startsOn` to `endsOn`, both included (`YYYY-MM-DD`). */
export function eventDays(startsOn: string, endsOn: string): string[] {
  const days: string[] = []
  for (let day = startsOn; day <= endsOn && days.length < 366; day = addDays(day, 1)) {
    days.push(day)
  }
  return days
}
