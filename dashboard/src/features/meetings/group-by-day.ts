import { instantToLocal } from '@/time/event-time'

/**
 * Meetings by the local day they start on in the event's zone (not the viewer's), days and
 * meetings in time order.
 */
export function groupByDay<T extends { readonly startsAt: string }>(
  meetings: readonly T[],
  timeZone: string,
): { day: string; meetings: T[] }[] {
  const groups = new Map<string, T[]>()
  const sorted = [...meetings].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
  for (const meeting of sorted) {
    const day = instantToLocal(meeting.startsAt, timeZone).date
    groups.set(day, [...(groups.get(day) ?? []), meeting])
  }
  return [...groups.entries()].map(([day, list]) => ({ day, meetings: list }))
}
