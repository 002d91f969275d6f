import { describe, expect, it } from 'vitest'
import { eventDays, instantToLocal, localDayBounds } from './event-time'

describe('event time', () => {
  it('reads an instant on the event’s wall clock', () => {
    expect(instantToLocal('2026-06-03T08:30:00Z', 'Europe/Lisbon')).toEqual({
      date: '2026-06-03',
      time: '09:30',
    })
    expect(instantToLocal('2026-06-03T23:30:00Z', 'Asia/Tokyo')).toEqual({
      date: '2026-06-04',
      time: '08:30',
    })
  })

  it('gives a spring-forward day 23 hours', () => {
    const { start, end } = localDayBounds('2026-03-29', 'Europe/Berlin')
    expect(new Date(start).toISOString()).toBe('2026-03-28T23:00:00.000Z')
    expect((end - start) / 3_600_000).toBe(23)
  })

  it('lists the days of an event across a month end', () => {
    expect(eventDays('2026-05-30', '2026-06-02')).toEqual([
      '2026-05-30',
      '2026-05-31',
      '2026-06-01',
      '2026-06-02',
    ])
  })
})
