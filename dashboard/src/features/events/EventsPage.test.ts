import { ErrorCode, Role } from '@conduct-desk/shared'
import { describe, expect, it } from 'vitest'
import type { EventsListQuery } from '@/graphql/generated/graphql'
import { signedIn, viewerWithoutEvents } from '@/testing/fixtures'
import { mountApp } from '@/testing/mount-app'
import { graphqlError, stubGraphql } from '@/testing/stub-graphql'

type Event = EventsListQuery['myEvents'][number]['event']

function event(overrides: Partial<Event>): Event {
  return {
    id: 'e1',
    name: 'Riverside PyCon 2026',
    slug: 'riverside-pycon-2026',
    kind: 'CONFERENCE',
    status: 'PUBLISHED',
    startsOn: '2026-06-03',
    endsOn: '2026-06-05',
    timeZone: 'Europe/Lisbon',
    venue: 'Riverside Congress Centre',
    seriesName: 'Riverside PyCon',
    ...overrides,
  }
}

describe('EventsPage', () => {
  it('lists each event with its dates, status and the viewer’s roles as badges', async () => {
    stubGraphql({
      SessionViewer: signedIn([
        { role: Role.Organizer, eventId: 'e1' },
        { role: Role.Responder, eventId: 'e1' },
        { role: Role.Chair, eventId: 'e2' },
      ]),
      EventsList: () => ({
        data: {
          myEvents: [
            { roles: [Role.Organizer, Role.Responder], event: event({}) },
            {
              roles: [Role.Chair],
              event: event({ id: 'e2', name: 'Riverside Sprints', status: 'DRAFT', kind: 'SPRINT' }),
            },
          ],
        },
      }),
    })

    const { wrapper } = await mountApp('/')

    const items = wrapper.findAll('article')
    expect(items.map(item => item.get('h2').text())).toEqual(['Riverside PyCon 2026', 'Riverside Sprints'])
    const first = items[0]!
    expect(
      first
        .get('ul[aria-label="Your roles"]')
        .findAll('li')
        .map(li => li.text()),
    ).toEqual(['Organizer', 'Responder'])
    expect(first.text()).toContain('Published')
    expect(first.text()).toMatch(/June 3\s–\s5, 2026/)
    expect(items[1]!.get('ul[aria-label="Your roles"]').text()).toBe('Chair')
    expect(items[1]!.text()).toContain('Draft')
  })

  it('offers responders their meetings and office hours, and organizers the setup and the transparency report', async () => {
    stubGraphql({
      SessionViewer: signedIn([
        { role: Role.Responder, eventId: 'e1' },
        { role: Role.Organizer, eventId: 'e2' },
        { role: Role.Responder, eventId: 'e2' },
      ]),
      TransparencyHome: () => graphqlError(ErrorCode.Forbidden),
      EventsList: () => ({
        data: {
          myEvents: [
            { roles: [Role.Responder], event: event({}) },
            {
              roles: [Role.Organizer, Role.Responder],
              event: event({ id: 'e2', name: 'Riverside Sprints' }),
            },
          ],
        },
      }),
    })

    const { wrapper } = await mountApp('/')

    const links = wrapper
      .findAll('article')
      .map(item =>
        item.findAll('a').map(link => [link.get('.visually-hidden').text(), link.attributes('href')]),
      )
    expect(links).toEqual([
      [
        ['Cases of Riverside PyCon 2026', '/dashboard/events/e1/cases'],
        ['Meetings of Riverside PyCon 2026', '/dashboard/events/e1/meetings'],
        ['Office hours of Riverside PyCon 2026', '/dashboard/events/e1/setup/office-hours'],
      ],
      [
        ['Set up Riverside Sprints', '/dashboard/events/e2/setup'],
        ['Cases of Riverside Sprints', '/dashboard/events/e2/cases'],
        ['Meetings of Riverside Sprints', '/dashboard/events/e2/meetings'],
        ['Closing ceremony slides for Riverside Sprints', '/dashboard/events/e2/closing-ceremony'],
        ['Transparency report builder for Riverside Sprints', '/dashboard/events/e2/transparency-report'],
      ],
    ])
  })

  it('tells admins they see every event, without role badges', async () => {
    stubGraphql({
      SessionViewer: signedIn([{ role: Role.Admin, eventId: null }]),
      EventsList: () => ({ data: { myEvents: [{ roles: [], event: event({}) }] } }),
    })

    const { wrapper } = await mountApp('/')

    expect(wrapper.text()).toContain('As an administrator, you see every event.')
    expect(wrapper.find('ul[aria-label="Your roles"]').exists()).toBe(false)
    expect(wrapper.get('a[href="/dashboard/events/new"]').text()).toBe('New event')
  })

  it('names roles and statuses in Portuguese', async () => {
    stubGraphql({
      SessionViewer: signedIn([{ role: Role.Responder, eventId: 'e1' }]),
      EventsList: () => ({ data: { myEvents: [{ roles: [Role.Responder], event: event({}) }] } }),
    })

    const { wrapper } = await mountApp('/', { locale: 'pt' })

    expect(wrapper.get('ul[aria-label="As suas funções"]').text()).toBe('Equipa de resposta')
    expect(wrapper.get('article').text()).toContain('Publicado')
    expect(document.documentElement.lang).toBe('pt')
  })

  it('says so when there are no events yet', async () => {
    stubGraphql(viewerWithoutEvents([]))

    const { wrapper } = await mountApp('/')

    expect(wrapper.text()).toContain('No events yet. When someone invites you to an event, it appears here.')
  })
})
