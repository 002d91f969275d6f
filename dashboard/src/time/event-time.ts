import { addDays, localToInstant } from '@conduct-desk/shared'

/**
 * Wall-clock reading of an instant in an event's time zone: on-duty hours are typed and read in the
 * event's zone, wherever the organizer's laptop happens to be.
 */
export function instantToLocal(iso: string, timeZone: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(iso))
  const part = (type: string) => parts.find(entry => entry.type === type)?.value ?? '00'
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
  }
}

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
