import { describe, expect, it } from 'vitest'
import { instantToLocal } from '@/time/event-time'
import {
  minutesWithin,
  overlappingWindows,
  previewSlots,
  SLOT_MINUTES,
  type WindowDraft,
} from './slot-preview'

const draft = (overrides: Partial<WindowDraft> = {}): WindowDraft => ({
  localDate: '2026-06-03',
  from: '12:00',
  to: '14:00',
  slotMinutes: '20',
  bufferMinutes: '5',
  ...overrides,
})

/** The preview as wall-clock start times in the zone, which is how people read it. */
const starts = (value: WindowDraft, zone = 'Europe/Lisbon') =>
  previewSlots(value, zone).map(slot => instantToLocal(slot.startsAt, zone).time)

describe('previewSlots', () => {
  it('cuts the window into meetings separated by the break, the last ending by the end time', () => {
    expect(starts(draft())).toEqual(['12:00', '12:25', '12:50', '13:15', '13:40'])
    const last = previewSlots(draft(), 'Europe/Lisbon').at(-1)!
    expect(instantToLocal(last.endsAt, 'Europe/Lisbon').time).toBe('14:00')
  })

  it('leaves out a meeting that would run past the end', () => {
    expect(starts(draft({ to: '13:59' }))).toEqual(['12:00', '12:25', '12:50', '13:15'])
  })

  it('places the slots in the event’s zone, not the browser’s', () => {
    const [first] = previewSlots(draft({ from: '09:00', to: '10:00', slotMinutes: '30' }), 'America/New_York')
    expect(first).toEqual({ startsAt: '2026-06-03T13:00:00.000Z', endsAt: '2026-06-03T13:30:00.000Z' })
  })

  it('keeps wall-clock times on the day the clocks go forward', () => {
    const springForward = draft({
      localDate: '2026-03-29',
      from: '00:00',
      to: '03:00',
      slotMinutes: '60',
      bufferMinutes: '0',
    })
    // 01:00 does not exist in Lisbon that night: that meeting is left out, not shifted.
    expect(starts(springForward)).toEqual(['00:00', '02:00'])
  })

  it('makes no slot from an incomplete or out-of-range draft', () => {
    expect(previewSlots(draft({ to: '' }), 'Europe/Lisbon')).toEqual([])
    expect(previewSlots(draft({ slotMinutes: '4' }), 'Europe/Lisbon')).toEqual([])
    expect(previewSlots(draft({ bufferMinutes: '121' }), 'Europe/Lisbon')).toEqual([])
    expect(previewSlots(draft({ to: '11:00' }), 'Europe/Lisbon')).toEqual([])
  })
})

describe('minutesWithin', () => {
  it.each([
    ['20', 20],
    [' 5 ', 5],
    ['180', 180],
    ['181', null],
    ['2.5', null],
    ['', null],
  ])('%j → %s', (text, expected) => {
    expect(minutesWithin(text, SLOT_MINUTES)).toBe(expected)
  })
})

describe('overlappingWindows', () => {
  const existing = [
    { id: 'a', localDate: '2026-06-03', from: '12:00', to: '14:00' },
    { id: 'b', localDate: '2026-06-04', from: '12:00', to: '14:00' },
    { id: 'c', localDate: '2026-06-03', from: '16:00', to: '17:00' },
  ]

  it('finds office hours of the same day whose hours overlap the draft', () => {
    expect(overlappingWindows(draft({ from: '13:30', to: '16:30' }), existing).map(w => w.id)).toEqual([
      'a',
      'c',
    ])
  })

  it('lets office hours touch end to start', () => {
    expect(overlappingWindows(draft({ from: '14:00', to: '16:00' }), existing)).toEqual([])
  })

  it('ignores a draft without valid times', () => {
    expect(overlappingWindows(draft({ from: '' }), existing)).toEqual([])
  })
})
