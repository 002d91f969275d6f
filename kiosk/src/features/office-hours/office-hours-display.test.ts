import { describe, expect, it } from 'vitest'
import { slotContactFixture, slotFixture } from '@/testing/fixtures'
import {
  contactsHoldingSlots,
  dayLabelOf,
  dayTitleOf,
  groupSlotsByDay,
  groupTypedBookingCode,
  localDateOf,
  matchesFilter,
  spokenBookingCode,
  spokenLanguagesOf,
  timesOf,
} from './office-hours-display'

// 23:30 UTC on the 25th and 00:30 UTC on the 26th: one evening in São Paulo, two days in Lisbon,
// one morning in Tokyo.
const lateEvening = slotFixture({
  id: 'late',
  startsAt: '2026-11-25T23:30:00.000Z',
  endsAt: '2026-11-25T23:50:00.000Z',
})
const afterMidnight = slotFixture({
  id: 'after',
  startsAt: '2026-11-26T00:30:00.000Z',
  endsAt: '2026-11-26T00:50:00.000Z',
})

describe('office hours display', () => {
  it('puts each time on the day the venue clocks show', () => {
    expect(localDateOf('2026-11-25T23:30:00.000Z', 'Europe/Lisbon')).toBe('2026-11-25')
    expect(localDateOf('2026-11-25T23:30:00.000Z', 'Asia/Tokyo')).toBe('2026-11-26')

    const days = (timeZone: string) =>
      groupSlotsByDay([afterMidnight, lateEvening], timeZone).map(day => [
        day.date,
        day.slots.map(slot => slot.id),
      ])
    expect(days('America/Sao_Paulo')).toEqual([['2026-11-25', ['late', 'after']]])
    expect(days('Europe/Lisbon')).toEqual([
      ['2026-11-25', ['late']],
      ['2026-11-26', ['after']],
    ])
    expect(days('Asia/Tokyo')).toEqual([['2026-11-26', ['late', 'after']]])
  })

  it('names days and times in the UI language, in the event zone', () => {
    expect(dayLabelOf('2026-11-25', 'en', 'Europe/Lisbon')).toEqual({
      weekday: 'Wednesday',
      date: 'November 25',
    })
    expect(dayLabelOf('2026-11-25', 'pt', 'Pacific/Auckland')).toEqual({
      weekday: 'Quarta-feira',
      date: '25 de novembro',
    })
    expect(dayTitleOf('2026-11-25', 'pt', 'Europe/Lisbon')).toBe('Quarta-feira, 25 de novembro')
    expect(timesOf(slotFixture(), 'pt', 'Europe/Lisbon')).toEqual({ start: '12:00', end: '12:20' })
    expect(timesOf(slotFixture(), 'pt', 'America/New_York')).toEqual({ start: '7:00', end: '7:20' })
    // One unbreakable piece per time: a narrow column wraps at the dash, not inside "7:00 AM".
    expect(timesOf(slotFixture(), 'en', 'America/New_York').start).toMatch(/^7:00\u00a0AM$/)
    expect(spokenLanguagesOf(['en', 'fr'], 'en')).toBe('English and French')
    expect(spokenLanguagesOf(['en', 'fr', 'qaa'], 'pt')).toBe('inglês, francês e qaa')
  })

  it('lists each contact who holds a time once, and filters by them or by whoever is on duty', () => {
    const amara = slotContactFixture()
    const noor = slotContactFixture({ id: 'c-2', name: 'Noor Haddad' })
    const slots = [
      slotFixture({ id: 'a2', startsAt: '2026-11-26T16:30:00.000Z', contact: amara }),
      slotFixture({ id: 'duty' }),
      slotFixture({ id: 'n1', startsAt: '2026-11-26T15:00:00.000Z', contact: noor }),
      slotFixture({ id: 'a1', startsAt: '2026-11-26T16:00:00.000Z', contact: amara }),
    ]
    expect(contactsHoldingSlots(slots).map(contact => contact.name)).toEqual(['Noor Haddad', 'Amara Okafor'])
    const ids = (filter: Parameters<typeof matchesFilter>[1]) =>
      slots.filter(slot => matchesFilter(slot, filter)).map(slot => slot.id)
    expect(ids('all')).toEqual(['a2', 'duty', 'n1', 'a1'])
    expect(ids('on-duty')).toEqual(['duty'])
    expect(ids('contact:c-1')).toEqual(['a2', 'a1'])
  })

  it('groups a code while it is typed, reading look-alikes as the characters codes use', () => {
    expect(groupTypedBookingCode('abcde')).toBe('ABCDE')
    expect(groupTypedBookingCode('abcdef')).toBe('ABCDE-F')
    expect(groupTypedBookingCode(' ab cd-efghjk ')).toBe('ABCDE-FGHJK')
    expect(groupTypedBookingCode('o1234-ilxyz99')).toBe('01234-11XYZ')
    expect(spokenBookingCode('ABCDE-FGHJK')).toBe('A B C D E, F G H J K')
  })
})
