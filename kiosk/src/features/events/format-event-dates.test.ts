import { describe, expect, it } from 'vitest'
import { formatEventDates } from './format-event-dates'

describe('formatEventDates', () => {
  it('formats a range of calendar days in the UI language', () => {
    expect(formatEventDates('2026-11-25', '2026-11-27', 'en')).toMatch(/November 25\s?–\s?27, 2026/)
    expect(formatEventDates('2026-11-25', '2026-11-27', 'pt')).toMatch(/25.*27 de novembro de 2026/)
  })

  it('shows a one-day event as one date', () => {
    expect(formatEventDates('2026-06-01', '2026-06-01', 'en')).toBe('June 1, 2026')
  })
})
