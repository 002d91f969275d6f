import { describe, expect, it } from 'vitest'
import { groupByDay } from './group-by-day'

describe('groupByDay', () => {
  it('groups by the day in the event’s zone, in time order', () => {
    const meetings = [
      { id: 'c', startsAt: '2026-06-04T09:00:00Z' },
      { id: 'a', startsAt: '2026-06-03T09:00:00Z' },
      // 23:30 UTC on the 3rd is already the 4th in Lisbon (summer time, UTC+1).
      { id: 'b', startsAt: '2026-06-03T23:30:00Z' },
    ]

    expect(groupByDay(meetings, 'Europe/Lisbon')).toEqual([
      { day: '2026-06-03', meetings: [meetings[1]] },
      { day: '2026-06-04', meetings: [meetings[2], meetings[0]] },
    ])
  })
})
