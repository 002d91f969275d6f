import { describe, expect, it } from 'vitest'
import { eventEndsAt, fullReportDueAt } from './transparency-deadline.js'

describe('transparency report deadlines', () => {
  it('ends an event at the midnight after its last local day', () => {
    expect(eventEndsAt({ endsOn: '2026-06-05', timeZone: 'Europe/Lisbon' }).toISOString()).toBe(
      '2026-06-05T23:00:00.000Z',
    )
  })

  it('makes the full report due at the end of the 30th day after the event, in the event’s zone', () => {
    expect(fullReportDueAt({ endsOn: '2026-06-05', timeZone: 'Europe/Lisbon' }).toISOString()).toBe(
      '2026-07-05T23:00:00.000Z',
    )
    expect(fullReportDueAt({ endsOn: '2026-12-20', timeZone: 'UTC' }).toISOString()).toBe(
      '2027-01-20T00:00:00.000Z',
    )
  })
})
