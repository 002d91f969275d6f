import { describe, expect, it } from 'vitest'
import { BOOKING_CODE_LENGTH, normalizeBookingCode } from './booking-code.js'
import { CHECK_IN_WORD_MAX_LENGTH, CHECK_IN_WORDS, checkInWordFrom } from './check-in-word.js'

describe('check-in words', () => {
  it('are distinct, short, lowercase ASCII words', () => {
    expect(new Set(CHECK_IN_WORDS).size).toBe(CHECK_IN_WORDS.length)
    for (const word of CHECK_IN_WORDS) {
      expect(word).toMatch(/^[a-z]{3,}$/)
      expect(word.length).toBeLessThanOrEqual(CHECK_IN_WORD_MAX_LENGTH)
    }
  })

  it('can never be read as a booking code', () => {
    for (const word of CHECK_IN_WORDS) {
      expect(word.length).not.toBe(BOOKING_CODE_LENGTH)
      expect(normalizeBookingCode(word)).toBeNull()
    }
  })

  it('picks every word for some random value, and any value gives a word', () => {
    const picked = new Set(CHECK_IN_WORDS.map((_word, index) => checkInWordFrom(index)))
    expect(picked.size).toBe(CHECK_IN_WORDS.length)
    expect(CHECK_IN_WORDS).toContain(checkInWordFrom(-7))
    expect(CHECK_IN_WORDS).toContain(checkInWordFrom(1e9 + 0.5))
  })
})
