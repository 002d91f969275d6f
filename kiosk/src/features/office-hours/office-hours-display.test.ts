import { eventClock, type TimeWords } from '@conduct-desk/shared'
import { describe, expect, it } from 'vitest'
import { slotContactFixture, slotFixture } from '@/testing/fixtures'
import {
  contactsHoldingSlots,
  groupSlotsByDay,
  groupTypedBookingCode,
  matchesFilter,
  meetingContactOf,
  spokenBookingCode,
  spokenLanguagesOf,
  spokenNamesOf,
} from './office-hours-display'

const words = {} as TimeWords
const clockIn = (timeZone: string) => eventClock({ locale: 'en', timeZone, deviceTimeZone: timeZone, words })

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
    const days = (timeZone: string) =>
      groupSlotsByDay([afterMidnight, lateEvening], clockIn(timeZone)).map(day => [
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

  it('names languages and the people on duty in the UI language', () => {
    expect(spokenLanguagesOf(['en', 'fr'], 'en')).toBe('English and French')
    expect(spokenLanguagesOf(['en', 'fr', 'qaa'], 'pt')).toBe('inglês, francês e qaa')
    const people = [{ name: 'Amara' }, { name: 'Tomás' }, { name: 'Noor' }]
    expect(spokenNamesOf(people, 'en')).toBe('Amara, Tomás, or Noor')
    expect(spokenNamesOf(people, 'pt')).toBe('Amara, Tomás ou Noor')
  })

  it('lists everyone who holds a time once, named or on duty, and filters by each of them', () => {
    const amara = slotContactFixture()
    const noor = slotContactFixture({ id: 'c-2', name: 'Noor Haddad' })
    const tomas = slotContactFixture({ id: 'c-3', name: 'Tomás Ferreira' })
    const slots = [
      slotFixture({ id: 'a2', startsAt: '2026-11-26T16:30:00.000Z', contact: amara }),
      slotFixture({ id: 'duty', onDuty: [tomas, noor] }),
      slotFixture({ id: 'n1', startsAt: '2026-11-26T15:00:00.000Z', contact: noor }),
      slotFixture({ id: 'a1', startsAt: '2026-11-26T16:00:00.000Z', contact: amara }),
    ]
    // Before, only people named on a time could be chosen: Tomás, on duty only, was missing.
    expect(contactsHoldingSlots(slots).map(contact => contact.name)).toEqual([
      'Tomás Ferreira',
      'Noor Haddad',
      'Amara Okafor',
    ])
    const ids = (filter: Parameters<typeof matchesFilter>[1]) =>
      slots.filter(slot => matchesFilter(slot, filter)).map(slot => slot.id)
    expect(ids('all')).toEqual(['a2', 'duty', 'n1', 'a1'])
    expect(ids('contact:c-1')).toEqual(['a2', 'a1'])
    expect(ids('contact:c-2')).toEqual(['duty', 'n1'])
    expect(ids('contact:c-3')).toEqual(['duty'])
    // Whom the meeting is with: the named contact, the one chosen among those on duty, or anyone.
    expect(meetingContactOf(slots[0]!, 'contact:c-3')?.name).toBe('Amara Okafor')
    expect(meetingContactOf(slots[1]!, 'contact:c-3')?.name).toBe('Tomás Ferreira')
    expect(meetingContactOf(slots[1]!, 'all')).toBeNull()
  })

  it('groups a code while it is typed, reading look-alikes as the characters codes use', () => {
    expect(groupTypedBookingCode('abcde')).toBe('ABCDE')
    expect(groupTypedBookingCode('abcdef')).toBe('ABCDE-F')
    expect(groupTypedBookingCode(' ab cd-efghjk ')).toBe('ABCDE-FGHJK')
    expect(groupTypedBookingCode('o1234-ilxyz99')).toBe('01234-11XYZ')
    expect(spokenBookingCode('ABCDE-FGHJK')).toBe('A B C D E, F G H J K')
  })
})
