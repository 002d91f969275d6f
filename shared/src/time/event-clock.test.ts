import { afterEach, describe, expect, it, vi } from 'vitest'
import { dateTimeFormat, listFormat } from './date-time-formats.js'
import { eventClock, formattingLocaleOf, type EventClockOptions, type TimeWords } from './event-clock.js'

const english: TimeWords = {
  until: (time, day) => (day === undefined ? `until ${time}` : `until ${day}, ${time}`),
  untilMidnight: 'until midnight',
  toMidnight: start => `${start} until midnight`,
  allDay: 'all day',
  nextDay: span => `${span} (next day)`,
  inZone: (text, zone) => `${text} (${zone})`,
}

/** Intl puts narrow and no-break spaces in "4:00 PM" and around range dashes; the table reads plain ones. */
const plain = (text: string) => text.replace(/[\u202f\u00a0\u2009]/g, ' ')

function clock(options: Partial<EventClockOptions> = {}) {
  return eventClock({
    locale: 'en-GB',
    timeZone: 'Europe/Lisbon',
    deviceTimeZone: 'Europe/Lisbon',
    words: english,
    ...options,
  })
}

// Lisbon is UTC+1 in summer: 2026-06-03T08:00Z is 09:00 there.
const NOW = '2026-06-03T10:00:00Z'

describe('eventClock: one way to show times', () => {
  it.each([
    // [what, locale, start, end, expected span]
    ['a morning, 24-hour clock', 'en-GB', '2026-06-03T08:00:00Z', '2026-06-03T12:00:00Z', '09:00–13:00'],
    [
      'a morning, 12-hour clock',
      'en-US',
      '2026-06-03T08:00:00Z',
      '2026-06-03T12:00:00Z',
      '9:00 AM – 1:00 PM',
    ],
    ['a morning in Portuguese', 'pt', '2026-06-03T08:00:00Z', '2026-06-03T12:00:00Z', '09:00 – 13:00'],
    [
      'a shift that ends at midnight',
      'en-GB',
      '2026-06-03T19:00:00Z',
      '2026-06-03T23:00:00Z',
      '20:00 until midnight',
    ],
    [
      'the same, 12-hour clock',
      'en-US',
      '2026-06-03T19:00:00Z',
      '2026-06-03T23:00:00Z',
      '8:00 PM until midnight',
    ],
    ['midnight to midnight', 'en-GB', '2026-06-02T23:00:00Z', '2026-06-03T23:00:00Z', 'all day'],
    [
      'a shift past midnight',
      'en-GB',
      '2026-06-03T21:00:00Z',
      '2026-06-04T01:00:00Z',
      '22:00 – 02:00 (next day)',
    ],
    [
      'the same, 12-hour clock',
      'en-US',
      '2026-06-03T21:00:00Z',
      '2026-06-04T01:00:00Z',
      '10:00 PM – 2:00 AM (next day)',
    ],
    [
      'a span over several days',
      'en-GB',
      '2026-06-03T08:00:00Z',
      '2026-06-05T12:00:00Z',
      'Wed 3 Jun, 09:00 – Fri 5 Jun, 13:00',
    ],
  ])('%s (%s)', (_what, locale, start, end, expected) => {
    expect(plain(clock({ locale }).span(start, end))).toBe(expected)
  })

  it.each([
    // [locale, instant, expected]: midnight is never "0:00" or "24:00".
    ['en-GB', '2026-06-03T23:00:00Z', '00:00'],
    ['en-US', '2026-06-03T23:00:00Z', '12:00 AM'],
    ['pt', '2026-06-03T23:00:00Z', '00:00'],
    ['en-US', '2026-06-03T15:00:00Z', '4:00 PM'],
    ['pt-BR', '2026-06-03T15:00:00Z', '16:00'],
  ])('writes a clock time as %s does: %s', (locale, instant, expected) => {
    expect(plain(clock({ locale }).time(instant))).toBe(expected)
  })

  it.each([
    // [what, end, expected]
    ['later today', '2026-06-03T18:00:00Z', 'until 19:00'],
    ['at midnight', '2026-06-03T23:00:00Z', 'until midnight'],
    ['past midnight', '2026-06-04T01:00:00Z', 'until tomorrow, 02:00'],
    ['later in the week', '2026-06-05T16:00:00Z', 'until Friday 5 June, 17:00'],
  ])('says until when something on now lasts: %s', (_what, end, expected) => {
    expect(plain(clock().until(end, NOW))).toBe(expected)
  })

  it.each([
    ['today', '2026-06-03T08:00:00Z', '2026-06-03T12:00:00Z', 'today, 09:00–13:00'],
    ['tomorrow, all day', '2026-06-03T23:00:00Z', '2026-06-04T23:00:00Z', 'tomorrow, all day'],
    ['yesterday evening', '2026-06-02T19:00:00Z', '2026-06-02T23:00:00Z', 'yesterday, 20:00 until midnight'],
    ['a night shift', '2026-06-03T21:00:00Z', '2026-06-04T01:00:00Z', 'today, 22:00 – tomorrow, 02:00'],
    ['another day', '2026-06-06T08:00:00Z', '2026-06-06T12:00:00Z', 'Saturday 6 June, 09:00–13:00'],
  ])('names the day: %s', (_what, start, end, expected) => {
    expect(plain(clock().spanWithDay(start, end, NOW))).toBe(expected)
  })

  it('reads "today" in the event’s zone, not in UTC', () => {
    // 23:30 UTC on the 3rd is already the 4th in Tokyo.
    const tokyo = clock({ timeZone: 'Asia/Tokyo', deviceTimeZone: 'Asia/Tokyo' })
    expect(tokyo.day('2026-06-04', '2026-06-03T23:30:00Z')).toBe('today')
    expect(tokyo.localDate('2026-06-03T23:30:00Z')).toBe('2026-06-04')
  })

  it('names a day picker’s lines', () => {
    expect(clock().weekday('2026-06-03', NOW)).toBe('today')
    expect(clock().weekday('2026-06-05', NOW)).toBe('Friday')
    expect(clock().monthDay('2026-06-05')).toBe('5 June')
    expect(clock({ locale: 'en-US' }).monthDay('2026-06-05')).toBe('June 5')
  })

  it('says "today" and "tomorrow" in Portuguese through Intl', () => {
    const pt = clock({ locale: 'pt' })
    expect(pt.day('2026-06-03', NOW)).toBe('hoje')
    expect(pt.day('2026-06-04', NOW)).toBe('amanhã')
    expect(pt.day('2026-06-06')).toBe('sábado, 6 de junho')
  })

  it.each([
    // [device zone, expected]: named only where the screen's clock reads another time.
    ['Europe/Lisbon', '16:00'],
    ['Europe/London', '16:00'],
    ['America/New_York', '16:00 (Western European Time)'],
    ['UTC', '16:00 (Western European Time)'],
  ])('names the event’s zone on a device in %s', (deviceTimeZone, expected) => {
    expect(clock({ deviceTimeZone }).time('2026-06-03T15:00:00Z')).toBe(expected)
  })

  it('names the zone once for a span, in the reader’s language', () => {
    const span = clock({ locale: 'pt', deviceTimeZone: 'America/Sao_Paulo' }).span(
      '2026-06-03T08:00:00Z',
      '2026-06-03T12:00:00Z',
    )
    expect(plain(span)).toMatch(/^09:00 – 13:00 \(Hor.+Europa Ocidental\)$/)
  })

  it('in winter Lisbon and UTC read the same, so the zone is not named', () => {
    expect(clock({ deviceTimeZone: 'UTC' }).time('2026-12-03T15:00:00Z')).toBe('15:00')
  })

  describe('on the days the clocks change (Europe/Berlin)', () => {
    const berlin = clock({ timeZone: 'Europe/Berlin', deviceTimeZone: 'Europe/Berlin' })

    it.each([
      // Spring forward in the night of 28 to 29 March 2026: a day of 23 hours.
      ['the short day, midnight to midnight', '2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z', 'all day'],
      ['across the skipped hour', '2026-03-29T00:00:00Z', '2026-03-29T02:00:00Z', '01:00–04:00'],
      [
        'the evening of the short day',
        '2026-03-29T18:00:00Z',
        '2026-03-29T22:00:00Z',
        '20:00 until midnight',
      ],
      // Fall back in the night of 24 to 25 October 2026: a day of 25 hours.
      ['the long day, midnight to midnight', '2026-10-24T22:00:00Z', '2026-10-25T23:00:00Z', 'all day'],
      ['across the repeated hour', '2026-10-25T00:00:00Z', '2026-10-25T02:00:00Z', '02:00–03:00'],
    ])('%s', (_what, start, end, expected) => {
      expect(plain(berlin.span(start, end))).toBe(expected)
    })

    it('names the zone before the change and not after, for a screen whose clock then agrees', () => {
      // Kaliningrad is UTC+2 all year: an hour behind winter Berlin, the same as summer Berlin.
      const fromKaliningrad = clock({ timeZone: 'Europe/Berlin', deviceTimeZone: 'Europe/Kaliningrad' })
      expect(fromKaliningrad.time('2026-03-28T10:00:00Z')).toBe('11:00 (Central European Time)')
      expect(fromKaliningrad.time('2026-03-29T10:00:00Z')).toBe('12:00')
      // London changes on the same nights, so it stays an hour behind: named on both sides.
      const fromLondon = clock({ timeZone: 'Europe/Berlin', deviceTimeZone: 'Europe/London' })
      expect(fromLondon.time('2026-03-28T10:00:00Z')).toBe('11:00 (Central European Time)')
      expect(fromLondon.time('2026-03-29T10:00:00Z')).toBe('12:00 (Central European Time)')
    })
  })
})

describe('formattingLocaleOf: the 12- or 24-hour clock of the reader', () => {
  it.each([
    ['en', ['en-GB', 'pt-PT'], 'en-GB'],
    ['en', ['en-US'], 'en-US'],
    ['en', ['pt-PT', 'de-DE'], 'en'],
    ['pt', ['en-US', 'pt-BR'], 'pt-BR'],
    ['pt', ['pt'], 'pt'],
    ['en', ['EN-gb'], 'en-GB'],
    ['en', [], 'en'],
  ])('%s on a device preferring %j formats as %s', (ui, device, expected) => {
    expect(formattingLocaleOf(ui, device)).toBe(expected)
  })
})

describe('Intl formatters are made once and reused', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('gives the same formatter for the same locale and options', () => {
    const options = { timeStyle: 'short', timeZone: 'Europe/Lisbon' } as const
    expect(dateTimeFormat('en-GB', options)).toBe(dateTimeFormat('en-GB', { ...options }))
    expect(dateTimeFormat('en-GB', options)).not.toBe(dateTimeFormat('pt', options))
    expect(listFormat('pt', 'disjunction')).toBe(listFormat('pt', 'disjunction'))
    expect(listFormat('pt', 'disjunction').format(['Amara', 'Tomás', 'Noor'])).toBe('Amara, Tomás ou Noor')
  })

  it('builds no Intl.DateTimeFormat per call once a clock has been used', () => {
    const warm = clock({ deviceTimeZone: 'America/New_York' })
    const use = () => {
      warm.span('2026-06-03T08:00:00Z', '2026-06-03T12:00:00Z')
      warm.spanWithDay('2026-06-03T21:00:00Z', '2026-06-04T01:00:00Z', NOW)
      warm.until('2026-06-03T23:00:00Z', NOW)
      warm.time('2026-06-03T15:00:00Z')
    }
    use()
    const made = vi.spyOn(Intl, 'DateTimeFormat')
    for (let round = 0; round < 50; round++) {
      use()
      clock({ deviceTimeZone: 'America/New_York' }).span('2026-06-03T08:00:00Z', '2026-06-03T12:00:00Z')
    }
    expect(made).not.toHaveBeenCalled()
  })
})
