import { describe, expect, it } from 'vitest'
import { DEFAULT_VIEW, NO_FILTER } from './cases.store'
import { isFiltered, queryFromView, viewFromQuery } from './inbox-query'

describe('the inbox view in the URL', () => {
  it('keeps a view whole through its URL query, and the plain inbox has a plain URL', () => {
    const view = {
      filter: {
        statuses: ['NEW' as const, 'IN_REVIEW' as const],
        severity: 'SERIOUS' as const,
        category: 'my own category',
        channel: 'in-person',
        urgent: true,
        overdue: false,
        assignedToMe: true,
        askedForMe: false,
        search: 'RPT-7',
      },
      sort: 'OLDEST' as const,
      page: 3,
    }
    expect(viewFromQuery(queryFromView(view))).toEqual(view)
    expect(queryFromView(DEFAULT_VIEW)).toEqual({})
    expect(viewFromQuery({})).toEqual(DEFAULT_VIEW)
  })

  it('leaves out what it does not understand (an old or hand-edited URL never breaks the page)', () => {
    expect(
      viewFromQuery({
        status: ['NEW', 'LOST'],
        severity: 'terrible',
        channel: 'pigeon',
        sort: 'RANDOM',
        page: '-4',
        urgent: 'yes',
        search: 'x'.repeat(300),
      }),
    ).toEqual({
      filter: { ...NO_FILTER, statuses: ['NEW'], search: 'x'.repeat(100) },
      sort: 'RECENT_ACTIVITY',
      page: 1,
    })
  })

  it('tells a narrowed inbox from a merely ordered one', () => {
    expect(isFiltered(NO_FILTER)).toBe(false)
    expect(isFiltered({ ...NO_FILTER, search: '  ' })).toBe(false)
    expect(isFiltered({ ...NO_FILTER, channel: 'email' })).toBe(true)
  })
})
