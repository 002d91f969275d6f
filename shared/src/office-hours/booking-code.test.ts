import { describe, expect, it } from 'vitest'
import { bookingCodeFrom, formatBookingCode, normalizeBookingCode } from './booking-code.js'

describe('booking codes', () => {
  it('formats in two groups and reads back what people type', () => {
    const code = bookingCodeFrom([0, 1, 2, 3, 4, 10, 17, 18, 30, 31])
    expect(code).toBe('01234AHJYZ')
    expect(formatBookingCode(code)).toBe('01234-AHJYZ')
    expect(normalizeBookingCode(' o1234-ahjyz ')).toBe(code)
    expect(normalizeBookingCode('OI234AHJYZ')).toBe('01234AHJYZ')
  })

  it('refuses what cannot be a code', () => {
    expect(normalizeBookingCode('12345')).toBeNull()
    expect(normalizeBookingCode('01234-AHJYU')).toBeNull()
    expect(normalizeBookingCode('01234-AHJYZ-1')).toBeNull()
  })
})
