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

  it('summarises duty in the event time zone', () => {
    const shift = { startsAt: '2026-11-26T08:00:00Z', endsAt: '2026-11-26T17:00:00Z' }
    const at = (iso: string) => Date.parse(iso)
    expect(
      dutySummaryOf({ onDutyNow: true, onDuty: [shift] }, at('2026-11-26T10:00:00Z'), 'pt', 'Europe/Lisbon'),
    ).toEqual({
      kind: 'now',
      until: '17:00',
    })
    expect(
      dutySummaryOf({ onDutyNow: false, onDuty: [shift] }, at('2026-11-26T06:00:00Z'), 'pt', 'Asia/Tokyo'),
    ).toMatchObject({
      kind: 'next',
      period: expect.stringContaining('17:00'),
    })
    expect(
      dutySummaryOf({ onDutyNow: false, onDuty: [shift] }, at('2026-11-27T00:00:00Z'), 'en', 'UTC'),
    ).toEqual({ kind: 'none' })
  })
})
