import { describe, expect, it } from 'vitest'
import { createAppI18n } from '@/i18n'
import { buildAnnouncements, type AnnouncementContact, type AnnouncementEvent } from './build-announcement'

const { t } = createAppI18n('en').global
const translate = (key: string, values?: Record<string, unknown>) => t(key, values ?? {})

const event: AnnouncementEvent = {
  name: 'Spree Sprints',
  // Europe/Berlin springs forward in the night of 28 to 29 March 2026.
  startsOn: '2026-03-28',
  endsOn: '2026-03-30',
  timeZone: 'Europe/Berlin',
  urgentPhone: '+49 30 1234567',
  quietRoom: { location: 'Room 2.14', directions: 'Second floor, past the lifts.' },
  photoConsent: {
    mode: 'opt-in',
    markers: [
      { marker: 'Green lanyard', meaning: 'photos are fine' },
      { marker: 'Red lanyard', meaning: 'no photos, please' },
    ],
  },
}

const lena: AnnouncementContact = {
  name: 'Lena Vogel',
  pronouns: 'she/her',
  email: 'lena@spree.example',
  identifier: 'orange lanyard',
  // 09:00–17:00 summer time on the 29th (UTC+2).
  onDuty: [{ startsAt: '2026-03-29T07:00:00Z', endsAt: '2026-03-29T15:00:00Z' }],
}

const tomasz: AnnouncementContact = {
  name: 'Tomasz Nowak',
  pronouns: null,
  email: 'tomasz@spree.example',
  identifier: 'blue cap',
  onDuty: [
    // 00:15–01:00 on the 30th in Berlin, still the 29th in UTC: belongs to day 3.
    { startsAt: '2026-03-29T22:15:00Z', endsAt: '2026-03-29T23:00:00Z' },
    // 14:00–18:00 on the 30th.
    { startsAt: '2026-03-30T12:00:00Z', endsAt: '2026-03-30T16:00:00Z' },
  ],
}

describe('buildAnnouncements', () => {
  // en-GB: English with the 24-hour clock, as an en-GB browser formats it.
  const days = buildAnnouncements(event, [tomasz, lena], translate, 'en-GB')

  it('makes one script per event day', () => {
    expect(days.map(day => [day.date, day.dayNumber])).toEqual([
      ['2026-03-28', 1],
      ['2026-03-29', 2],
      ['2026-03-30', 3],
    ])
  })

  it('says so on a day with nobody on duty, and still gives the quiet room and the phone', () => {
    const first = days[0]!
    expect(first.onDuty).toEqual([])
    expect(first.text).toContain('Nobody from the Code of Conduct team is on duty in person today.')
    expect(first.text).toContain('there is a quiet room: Room 2.14. Second floor, past the lifts.')
    expect(first.text).toContain('call +49 30 1234567')
  })

  it('explains the photo-consent markers on the first day only', () => {
    expect(days[0]!.text).toContain('please do not photograph or record anyone')
    expect(days[0]!.text).toContain(
      'Green lanyard means photos are fine; Red lanyard means no photos, please',
    )
    expect(days[1]!.text).not.toContain('Green lanyard')
    expect(days[2]!.text).not.toContain('photograph')
  })

  it('reads on-duty hours on the event’s clock across the daylight-saving change', () => {
    expect(days[1]!.onDuty).toEqual([{ name: 'Lena Vogel', hours: ['09:00–17:00'] }])
    expect(days[1]!.text).toContain(
      'Lena Vogel (she/her), on duty 09:00–17:00. You can recognise them by their orange lanyard, or write to them at lena@spree.example.',
    )
    expect(days[2]!.onDuty).toEqual([{ name: 'Tomasz Nowak', hours: ['00:15–01:00', '14:00–18:00'] }])
    expect(days[2]!.text).toContain('Tomasz Nowak, on duty 00:15–01:00 and 14:00–18:00.')
  })

  it('opens with the day number and closes with thanks', () => {
    expect(days[1]!.paragraphs[0]).toBe(
      'Welcome to day 2 of 3 of Spree Sprints. Before we start, a word about our Code of Conduct.',
    )
    expect(days[1]!.paragraphs.at(-1)).toBe(
      'Thank you for helping make this event a good place for everyone.',
    )
  })

  it('cuts a shift that runs past midnight at the end of the day: "until midnight", not "24:00"', () => {
    const late: AnnouncementContact = {
      ...lena,
      onDuty: [{ startsAt: '2026-03-30T20:00:00Z', endsAt: '2026-03-30T23:30:00Z' }],
    }
    const [, , third] = buildAnnouncements({ ...event, photoConsent: null }, [late], translate, 'en-GB')
    expect(third!.onDuty).toEqual([{ name: 'Lena Vogel', hours: ['22:00 until midnight'] }])
    expect(third!.text).toContain('Lena Vogel (she/her), on duty 22:00 until midnight.')
  })

  it('says "all day" for a midnight-to-midnight shift, on the short day of the clock change too', () => {
    const allDay: AnnouncementContact = {
      ...lena,
      // 29 March in Berlin: 23 hours, from 23:00 UTC on the 28th to 22:00 UTC on the 29th.
      onDuty: [{ startsAt: '2026-03-28T23:00:00Z', endsAt: '2026-03-29T22:00:00Z' }],
    }
    const [, second] = buildAnnouncements({ ...event, photoConsent: null }, [allDay], translate, 'en-GB')
    expect(second!.onDuty).toEqual([{ name: 'Lena Vogel', hours: ['all day'] }])
  })

  it('uses the 12-hour clock where the locale does', () => {
    const [, second] = buildAnnouncements(event, [lena], translate, 'en-US')
    expect(second!.onDuty[0]!.hours.map(hours => hours.replace(/\s/g, ' '))).toEqual(['9:00 AM – 5:00 PM'])
  })

  it('sets what organizers typed into sentences without doubled punctuation', () => {
    const typed: AnnouncementEvent = {
      ...event,
      name: 'Spree Sprints.',
      quietRoom: { location: 'Room 2.14.', directions: 'Second floor, past the lifts' },
      photoConsent: {
        mode: 'opt-in',
        markers: [
          { marker: 'Green lanyard', meaning: 'Photos are fine.' },
          { marker: 'Red lanyard:', meaning: 'Please don’t film me.' },
        ],
      },
    }
    const [first] = buildAnnouncements(
      typed,
      [{ ...lena, identifier: 'orange lanyard.' }],
      translate,
      'en-GB',
    )
    expect(first!.text).toContain(
      'Here is how people show their choice: Green lanyard means photos are fine; Red lanyard means please don’t film me.',
    )
    expect(first!.text).toContain('there is a quiet room: Room 2.14. Second floor, past the lifts.')
    expect(first!.text).toContain('Welcome to day 1 of 3 of Spree Sprints. Before we start')
    expect(first!.text).not.toMatch(/\.\.|\.;|\.:|;\.|:\./)
  })

  it('speaks Portuguese when the interface does', () => {
    const pt = createAppI18n('pt').global
    const [first] = buildAnnouncements(event, [lena], (key, values) => pt.t(key, values ?? {}), 'pt')
    expect(first!.text).toContain('Bem-vindos ao dia 1 de 3 de Spree Sprints.')
  })
})
