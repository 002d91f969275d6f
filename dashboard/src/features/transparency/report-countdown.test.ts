import { describe, expect, it } from 'vitest'
import { reportCountdown } from './report-countdown'

const NOW = Date.parse('2026-06-08T12:00:00Z')
const at = (iso: string) => reportCountdown(iso, NOW)

describe('reportCountdown', () => {
  it('counts the whole days left', () => {
    expect(at('2026-06-20T12:00:00Z')).toEqual({ state: 'due', days: 12 })
    expect(at('2026-06-21T11:59:00Z')).toEqual({ state: 'due', days: 12 })
    expect(at('2026-06-09T13:00:00Z')).toEqual({ state: 'due', days: 1 })
  })

  it('says due today in the last day, and overdue plainly once it passed', () => {
    expect(at('2026-06-08T23:00:00Z')).toEqual({ state: 'dueToday' })
    expect(at('2026-06-08T11:00:00Z')).toEqual({ state: 'overdue', days: 1 })
    expect(at('2026-06-05T12:00:00Z')).toEqual({ state: 'overdue', days: 3 })
  })
})
