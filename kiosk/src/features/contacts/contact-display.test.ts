import { eventClock, type TimeWords } from '@conduct-desk/shared'
import { describe, expect, it } from 'vitest'
import { avatarToneOf, dutySummaryOf, initialsOf, languageNamesOf } from './contact-display'

describe('contact display', () => {
  it('makes initials from the first and last names', () => {
    expect(initialsOf('Tomás Ferreira')).toBe('TF')
    expect(initialsOf('Noor')).toBe('N')
    expect(initialsOf('  ana maria de souza ')).toBe('AS')
    expect(initialsOf('Émile Zola')).toBe('ÉZ')
  })

  it('keeps an avatar colour stable per contact', () => {
    expect(avatarToneOf('c-1')).toBe(avatarToneOf('c-1'))
    expect([1, 2, 3, 4]).toContain(avatarToneOf('anything'))
  })

  it('names languages in the UI language, keeping unknown tags readable', () => {
    expect(languageNamesOf(['en', 'ar'], 'en')).toEqual(['English', 'Arabic'])
    expect(languageNamesOf(['en', 'de'], 'pt')).toEqual(['Inglês', 'Alemão'])
    expect(languageNamesOf(['not a tag'], 'en')).toEqual(['Not a tag'])
  })

  it('summarises duty on the event’s clock: today, until midnight, never "12:00 AM"', () => {
    const words: TimeWords = {
      until: (time, day) => (day ? `until ${day}, ${time}` : `until ${time}`),
      untilMidnight: 'until midnight',
      toMidnight: start => `${start} until midnight`,
      allDay: 'all day',
      nextDay: span => `${span} (next day)`,
      inZone: (text, zone) => `${text} (${zone})`,
    }
    const clockIn = (timeZone: string, locale = 'en-US') =>
      eventClock({ locale, timeZone, deviceTimeZone: timeZone, words })
    const shift = { startsAt: '2026-11-26T08:00:00Z', endsAt: '2026-11-26T17:00:00Z' }
    const overnight = { startsAt: '2026-11-26T00:00:00Z', endsAt: '2026-11-27T00:00:00Z' }
    const at = (iso: string) => Date.parse(iso)
    const summary = (
      periods: (typeof shift)[],
      onDutyNow: boolean,
      now: string,
      zone: string,
      locale?: string,
    ) => dutySummaryOf({ onDutyNow, onDuty: periods }, at(now), clockIn(zone, locale))
    expect(summary([shift], true, '2026-11-26T10:00:00Z', 'Europe/Lisbon', 'pt')).toEqual({
      kind: 'now',
      until: 'until 17:00',
    })
    // Noor's day, midnight to midnight: "until midnight", not "until 12:00 AM".
    expect(summary([overnight], true, '2026-11-26T10:00:00Z', 'Europe/Lisbon')).toEqual({
      kind: 'now',
      until: 'until midnight',
    })
    // Later the same day: "today", not the weekday.
    expect(summary([shift], false, '2026-11-26T06:00:00Z', 'Europe/Lisbon', 'en-GB')).toEqual({
      kind: 'next',
      period: 'today, 08:00–17:00',
    })
    expect(summary([shift], false, '2026-11-25T10:00:00Z', 'Europe/Lisbon', 'en-GB')).toEqual({
      kind: 'next',
      period: 'tomorrow, 08:00–17:00',
    })
    expect(summary([shift], false, '2026-11-27T00:00:00Z', 'UTC')).toEqual({ kind: 'none' })
  })
})
