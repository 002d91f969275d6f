import { EventStatus } from '@conduct-desk/shared'
import { describe, expect, it } from 'vitest'
import { acceptsReports } from './reporting-window.js'

const now = new Date('2026-07-01T12:00:00Z')
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000)

describe('acceptsReports', () => {
  it.each([
    ['a published event', EventStatus.Published, null, true],
    ['an event closed yesterday', EventStatus.Closed, daysAgo(1), true],
    ['an event closed 29 days ago', EventStatus.Closed, daysAgo(29), true],
    ['an event closed 30 days ago', EventStatus.Closed, daysAgo(30), false],
    ['an event closed 31 days ago', EventStatus.Closed, daysAgo(31), false],
    ['a draft', EventStatus.Draft, null, false],
  ])('%s: %s', (_name, status, closedAt, expected) => {
    expect(acceptsReports({ status, closedAt }, now)).toBe(expected)
  })
})
