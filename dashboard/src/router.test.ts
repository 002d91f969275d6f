import { flushPromises } from '@vue/test-utils'
import { Role } from '@conduct-desk/shared'
import { describe, expect, it } from 'vitest'
import { mountApp, mountAppAs } from '@/testing/mount-app'
import { organizerInSetup, setupFrame, signedIn, signedOut } from '@/testing/fixtures'
import { stubGraphql } from '@/testing/stub-graphql'
import { safeRedirect } from './shell/route-access'

const noEvents = () => ({ data: { myEvents: [] } })

describe('the route guard', () => {
  it('sends signed-out visitors to sign-in, remembering where they were going', async () => {
    stubGraphql({ SessionViewer: signedOut })

    const { router, wrapper } = await mountApp('/invite')

    expect(router.currentRoute.value.name).toBe('accounts-sign-in')
    expect(router.currentRoute.value.query).toEqual({ redirect: '/invite' })
    expect(wrapper.get('h1').text()).toBe('Sign in')
  })

  it('lets signed-out visitors open an invitation', async () => {
    stubGraphql({ SessionViewer: signedOut })

    const { router } = await mountApp('/invitation')

    expect(router.currentRoute.value.name).toBe('accounts-invitation')
  })

  it('tells a signed-in viewer why a page their roles do not open is closed', async () => {
    const { router } = await mountAppAs('/events/new', [{ role: Role.Responder, eventId: 'e1' }])

    expect(router.currentRoute.value.name).toBe('shell-not-allowed')
  })

  it('opens role pages to viewers holding the role', async () => {
    stubGraphql({
      SessionViewer: signedIn([{ role: Role.Organizer, eventId: 'e1' }]),
      AccountsInviteEvents: noEvents,
    })

    const { router } = await mountApp('/invite')

    expect(router.currentRoute.value.name).toBe('accounts-invite')
  })

  it('sends a signed-in viewer from sign-in to their events', async () => {
    const { router } = await mountAppAs('/sign-in')

    expect(router.currentRoute.value.name).toBe('events-list')
  })
})

describe('the event setup sections', () => {
  const officeHours = () => ({
    data: { event: { id: 'e1', quietRoom: null, contacts: [] }, officeHourWindows: [] },
  })
  const sectionLinks = (wrapper: Awaited<ReturnType<typeof mountApp>>['wrapper']) =>
    wrapper
      .get('nav[aria-label="Event setup sections"]')
      .findAll('a')
      .map(link => link.text())

  it('let a responder into office hours, and list only that section', async () => {
    stubGraphql({
      SessionViewer: signedIn([{ role: Role.Responder, eventId: 'e1' }]),
      EventsSetupFrame: () => setupFrame(),
      OfficeHoursSetup: officeHours,
    })

    const { router, wrapper } = await mountApp('/events/e1/setup/office-hours')

    expect(router.currentRoute.value.name).toBe('office-hours-setup')
    expect(sectionLinks(wrapper)).toEqual(['Office hours'])
    const meetings = wrapper.findAll('main a').find(link => link.text() === 'See the booked meetings')
    expect(meetings?.attributes('href')).toBe('/dashboard/events/e1/meetings')
  })

  it('keep a responder out of the other sections, such as contacts', async () => {
    const { router, wrapper } = await mountAppAs('/events/e1/setup/contacts', [
      { role: Role.Responder, eventId: 'e1' },
    ])

    // Told why, not silently sent home (issue 9).
    expect(router.currentRoute.value.name).toBe('shell-not-allowed')
    await flushPromises()
    expect(wrapper.get('h1').text()).toBe('This page is not for your role')
    expect(wrapper.text()).toContain("“Contacts” is for administrators or the event's organizers.")
    expect(wrapper.text()).toContain('Your roles: Responder.')
  })

  it('keep a responder of another event out of this event’s office hours', async () => {
    const { router } = await mountAppAs('/events/e1/setup/office-hours', [
      { role: Role.Responder, eventId: 'e2' },
    ])

    expect(router.currentRoute.value.name).toBe('shell-not-allowed')
    expect(router.currentRoute.value.query).toEqual({ from: '/events/e1/setup/office-hours' })
  })

  it('list office hours among the sections for organizers', async () => {
    stubGraphql({
      ...organizerInSetup(),
      OfficeHoursSetup: officeHours,
    })

    const { wrapper } = await mountApp('/events/e1/setup/office-hours')

    expect(sectionLinks(wrapper)).toEqual([
      'Readiness',
      'Details',
      'Contacts',
      'Team',
      'Policy',
      'Photo consent',
      'Quiet room',
      'Office hours',
      'Announcements',
      'Kiosks',
    ])
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
