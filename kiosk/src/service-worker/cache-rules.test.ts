import { describe, expect, it } from 'vitest'
import { isKeepableAnswer, photoPathsOf, requestKind } from './cache-rules'

const ORIGIN = 'https://coc.example.org'
const SHELL = ['/kiosk/', '/kiosk/assets/index-abc.js', '/kiosk/favicon.svg']

function kindOf(url: string, method = 'GET', mode = 'cors') {
  return requestKind({ method, url: `${ORIGIN}${url}`, mode }, ORIGIN, SHELL)
}

function graphqlGet(operationName: string, query: string): string {
  return `/graphql?${new URLSearchParams({ operationName, query, variables: '{}' }).toString()}`
}

describe('what the kiosk service worker keeps', () => {
  it('keeps the app shell and answers pages of the app with it', () => {
    expect(kindOf('/kiosk/assets/index-abc.js')).toBe('shell')
    expect(kindOf('/kiosk/favicon.svg')).toBe('shell')
    expect(kindOf('/kiosk/e/riverside-pycon-2026', 'GET', 'navigate')).toBe('page')
    expect(kindOf('/dashboard/', 'GET', 'navigate')).toBe('pass')
  })

  it('keeps the listed public queries only, sent as GET', () => {
    expect(
      kindOf(
        graphqlGet(
          'EventsDetail',
          '\n query EventsDetail($slug: String!) { publicEvent(slug: $slug) { id } }',
        ),
      ),
    ).toBe('public-query')
    expect(
      kindOf(graphqlGet('EnrolmentThisKiosk', 'query EnrolmentThisKiosk { thisKiosk { location } }')),
    ).toBe('public-query')
    expect(kindOf(graphqlGet('EventsList', 'query EventsList { publicEvents { id } }'))).toBe('pass')
    // A name it lists on a query that is not that one, or not a query, is not kept.
    expect(kindOf(graphqlGet('EventsDetail', 'query ReportStatus { reportStatus { status } }'))).toBe('pass')
    expect(kindOf(graphqlGet('EventsDetail', 'mutation EventsDetail { submitReport { reference } }'))).toBe(
      'pass',
    )
  })

  it('never touches a POST, where everything a visitor types goes', () => {
    expect(kindOf('/graphql', 'POST')).toBe('pass')
    expect(kindOf('/api/reports/attachments', 'POST')).toBe('pass')
    expect(kindOf('/kiosk/assets/index-abc.js', 'POST')).toBe('pass')
  })

  it('keeps contact photos, and nothing else of another origin or path', () => {
    expect(kindOf('/media/contacts/a.jpg')).toBe('photo')
    expect(kindOf('/media/other/a.jpg')).toBe('pass')
    expect(kindOf('/healthz')).toBe('pass')
    expect(
      requestKind(
        { method: 'GET', url: 'https://elsewhere.example/media/contacts/a.jpg', mode: 'cors' },
        ORIGIN,
        SHELL,
      ),
    ).toBe('pass')
  })

  it('reads the photos an event answer shows, and keeps only answers with data', () => {
    const body = {
      data: {
        publicEvent: {
          contacts: [
            { photoUrl: '/media/contacts/a.jpg' },
            { photoUrl: null },
            { photoUrl: 'https://elsewhere.example/b.jpg' },
            { photoUrl: '/media/contacts/a.jpg' },
          ],
        },
      },
    }
    expect(photoPathsOf(body)).toEqual(['/media/contacts/a.jpg'])
    expect(photoPathsOf({ data: { publicEvent: null } })).toEqual([])
    expect(isKeepableAnswer(body)).toBe(true)
    expect(isKeepableAnswer({ data: null, errors: [{ message: 'No' }] })).toBe(false)
    expect(isKeepableAnswer({ data: { thisKiosk: null } })).toBe(true)
  })
})
