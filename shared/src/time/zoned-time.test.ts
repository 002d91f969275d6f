import { describe, expect, it } from 'vitest'
import { addDays, localToInstant, zoneOffsetMinutes } from './zoned-time.js'

describe('zoned time', () => {
  it('reads the offset of a zone in winter and in summer', () => {
    expect(zoneOffsetMinutes(new Date('2026-01-15T12:00:00Z'), 'Europe/Berlin')).toBe(60)
    expect(zoneOffsetMinutes(new Date('2026-07-15T12:00:00Z'), 'Europe/Berlin')).toBe(120)
    expect(zoneOffsetMinutes(new Date('2026-07-15T12:00:00Z'), 'America/New_York')).toBe(-240)
  })

  it('converts wall-clock times on both sides of a daylight-saving change', () => {
    // Europe/Berlin springs forward on 2026-03-29 at 02:00 → 03:00.
    expect(localToInstant('2026-03-28', '12:00', 'Europe/Berlin').toISOString()).toBe(
      '2026-03-28T11:00:00.000Z',
    )
    expect(localToInstant('2026-03-29', '12:00', 'Europe/Berlin').toISOString()).toBe(
      '2026-03-29T10:00:00.000Z',
    )
    // Falls back on 2026-10-25 at 03:00 → 02:00.
    expect(localToInstant('2026-10-25', '12:00', 'Europe/Berlin').toISOString()).toBe(
      '2026-10-25T11:00:00.000Z',
    )
  })

  it('maps a skipped wall time forward and a repeated one to its first occurrence', () => {
    expect(localToInstant('2026-03-29', '02:30', 'Europe/Berlin').toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    )
    expect(localToInstant('2026-10-25', '02:30', 'Europe/Berlin').toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    )
  })

  it('handles zones with half-hour offsets and the southern hemisphere', () => {
    expect(localToInstant('2026-06-01', '09:00', 'Asia/Kolkata').toISOString()).toBe(
      '2026-06-01T03:30:00.000Z',
    )
    expect(localToInstant('2026-01-10', '09:00', 'Australia/Sydney').toISOString()).toBe(
      '2026-01-09T22:00:00.000Z',
    )
  })

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
  })
})
