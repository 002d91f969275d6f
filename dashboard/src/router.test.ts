import { Role } from '@conduct-desk/shared'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mountApp } from '@/testing/mount-app'
import { viewer } from '@/testing/fixtures'
import { stubGraphql } from '@/testing/stub-graphql'
import { safeRedirect } from './shell/route-access'

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

const noEvents = () => ({ data: { myEvents: [] } })

describe('the route guard', () => {
  it('sends signed-out visitors to sign-in, remembering where they were going', async () => {
    stubGraphql({ SessionViewer: () => ({ data: { viewer: null } }) })

    const { router, wrapper } = await mountApp('/invite')

    expect(router.currentRoute.value.name).toBe('accounts-sign-in')
    expect(router.currentRoute.value.query).toEqual({ redirect: '/invite' })
    expect(wrapper.get('h1').text()).toBe('Sign in')
  })

  it('lets signed-out visitors open an invitation', async () => {
    stubGraphql({ SessionViewer: () => ({ data: { viewer: null } }) })

    const { router } = await mountApp('/invitation')

    expect(router.currentRoute.value.name).toBe('accounts-invitation')
  })

  it('sends a signed-in viewer away from pages their roles do not open', async () => {
    stubGraphql({
      SessionViewer: () => ({ data: { viewer: viewer([{ role: Role.Responder, eventId: 'e1' }]) } }),
      EventsList: noEvents,
    })

    const { router } = await mountApp('/events/new')

    expect(router.currentRoute.value.name).toBe('events-list')
  })

  it('opens role pages to viewers holding the role', async () => {
    stubGraphql({
      SessionViewer: () => ({ data: { viewer: viewer([{ role: Role.Organizer, eventId: 'e1' }]) } }),
      AccountsInviteEvents: noEvents,
    })

    const { router } = await mountApp('/invite')

    expect(router.currentRoute.value.name).toBe('accounts-invite')
  })

  it('sends a signed-in viewer from sign-in to their events', async () => {
    stubGraphql({ SessionViewer: () => ({ data: { viewer: viewer() } }), EventsList: noEvents })

    const { router } = await mountApp('/sign-in')

    expect(router.currentRoute.value.name).toBe('events-list')
  })
})

describe('safeRedirect', () => {
  it.each([
    ['/invite', '/invite'],
    ['/events/new?x=1', '/events/new?x=1'],
    ['//evil.example/path', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example', '/'],
    [undefined, '/'],
    [['/a', '/b'], '/'],
  ])('%j → %s', (value, expected) => {
    expect(safeRedirect(value)).toBe(expected)
  })
})
