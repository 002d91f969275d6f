import { describe, expect, it } from 'vitest'
import { slotTimes } from './slot-times.js'

const iso = (slots: ReturnType<typeof slotTimes>) =>
  slots.map(slot => [slot.startsAt.toISOString(), slot.endsAt.toISOString()])

describe('slotTimes', () => {
  it('lays out 20-minute slots with a 5-minute buffer inside the window', () => {
    const slots = slotTimes(
      { localDate: '2026-06-02', from: '12:00', to: '14:00', slotMinutes: 20, bufferMinutes: 5 },
      'Europe/Lisbon',
    )
    expect(iso(slots)).toEqual([
      ['2026-06-02T11:00:00.000Z', '2026-06-02T11:20:00.000Z'],
      ['2026-06-02T11:25:00.000Z', '2026-06-02T11:45:00.000Z'],
      ['2026-06-02T11:50:00.000Z', '2026-06-02T12:10:00.000Z'],
      ['2026-06-02T12:15:00.000Z', '2026-06-02T12:35:00.000Z'],
      ['2026-06-02T12:40:00.000Z', '2026-06-02T13:00:00.000Z'],
    ])
  })

  it('keeps local wall times on the days the clocks change', () => {
    // Lisbon springs forward on 2026-03-29 (01:00 → 02:00) and falls back on 2026-10-25 (02:00 → 01:00).
    const before = slotTimes(
      { localDate: '2026-03-28', from: '12:00', to: '13:00', slotMinutes: 30, bufferMinutes: 0 },
      'Europe/Lisbon',
    )
    const after = slotTimes(
      { localDate: '2026-03-29', from: '12:00', to: '13:00', slotMinutes: 30, bufferMinutes: 0 },
      'Europe/Lisbon',
    )
    expect(iso(before)[0]).toEqual(['2026-03-28T12:00:00.000Z', '2026-03-28T12:30:00.000Z'])
    expect(iso(after)[0]).toEqual(['2026-03-29T11:00:00.000Z', '2026-03-29T11:30:00.000Z'])
    const autumn = slotTimes(
      { localDate: '2026-10-25', from: '09:00', to: '10:00', slotMinutes: 30, bufferMinutes: 0 },
      'Europe/Lisbon',
    )
    expect(iso(autumn)[0]).toEqual(['2026-10-25T09:00:00.000Z', '2026-10-25T09:30:00.000Z'])
  })

  it('leaves out slots that fall into the hour skipped by a spring-forward, and keeps real lengths', () => {
    // New York springs forward on 2026-03-08 at 02:00 → 03:00: 02:00–02:30 and 02:30–03:00 do not exist.
    const slots = slotTimes(
      { localDate: '2026-03-08', from: '01:00', to: '04:00', slotMinutes: 30, bufferMinutes: 0 },
      'America/New_York',
    )
    expect(iso(slots)).toEqual([
      ['2026-03-08T06:00:00.000Z', '2026-03-08T06:30:00.000Z'],
      ['2026-03-08T06:30:00.000Z', '2026-03-08T07:00:00.000Z'],
      ['2026-03-08T07:00:00.000Z', '2026-03-08T07:30:00.000Z'],
      ['2026-03-08T07:30:00.000Z', '2026-03-08T08:00:00.000Z'],
    ])
    for (const slot of slots) {
      expect(slot.endsAt.getTime() - slot.startsAt.getTime()).toBe(30 * 60_000)
    }
  })

  it('gives nothing when the window is shorter than a slot', () => {
    expect(
      slotTimes(
        { localDate: '2026-06-02', from: '12:00', to: '12:15', slotMinutes: 20, bufferMinutes: 5 },
        'UTC',
      ),
    ).toEqual([])
  })
})
