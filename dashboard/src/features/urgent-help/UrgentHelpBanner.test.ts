import { Role } from '@conduct-desk/shared'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { openLiveConnection } from '@/graphql/subscriptions'
import { resetAppState } from '@/shell/reset-app-state'
import { fakeLiveConnection } from '@/testing/fake-live-connection'
import { viewerWithoutEvents } from '@/testing/fixtures'
import { mountApp } from '@/testing/mount-app'
import { sentVariables, stubGraphql } from '@/testing/stub-graphql'
import { setLiveConnectionFactory } from './urgent-help.store'

afterEach(() => {
  vi.unstubAllGlobals()
  setLiveConnectionFactory(openLiveConnection)
  document.body.innerHTML = ''
})

const alert = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  eventId: 'e1',
  createdAt: new Date(Date.now() - 3 * 60_000).toISOString(),
  status: 'OPEN',
  place: 'Hall B, second row',
  kioskLocation: 'Registration desk',
  acknowledgedAt: null,
  acknowledgedByName: null,
  cancelledAt: null,
  caseId: null,
  caseCodeName: null,
  ...overrides,
})

function setUp(initial: unknown[] = [], role: Role = Role.Responder) {
  const live = fakeLiveConnection()
  setLiveConnectionFactory(live.factory)
  const fetchMock = stubGraphql({
    ...viewerWithoutEvents([{ role, eventId: 'e1' }]),
    UrgentHelpEvents: () => ({
      data: {
        myEvents: [
          { roles: [role], event: { id: 'e1', name: 'Riverside PyCon 2026' } },
          { roles: [Role.Chair], event: { id: 'e2', name: 'Riverside Sprints' } },
        ],
      },
    }),
    UrgentHelpAlerts: () => ({ data: { urgentAlerts: initial } }),
    UrgentHelpAcknowledge: variables => ({
      data: {
        acknowledgeUrgentAlert: alert(String((variables['input'] as { alertId: string }).alertId), {
          status: 'ACKNOWLEDGED',
          acknowledgedAt: new Date().toISOString(),
          acknowledgedByName: 'Test Person',
        }),
      },
    }),
  })
  return { live, fetchMock }
}

/** The facts of the first open alert, as [term, value]. */
const facts = (wrapper: VueWrapper) =>
  wrapper
    .get('[role="alert"] dl')
    .findAll('div')
    .map(row => [row.get('dt').text(), row.get('dd').text()])

describe('the urgent help banner', () => {
  it('subscribes for the events the viewer responds to, and shows a pushed alert on any page', async () => {
    const { live } = setUp()
    const { wrapper } = await mountApp('/')

    expect(live.subscriptions.map(entry => entry.variables)).toEqual([{ eventId: 'e1' }])
    expect(wrapper.get('[role="alert"]').text()).toBe('')

    live.push({ eventId: 'e1' }, { urgentAlertsChanged: [alert('a1')] })
    await flushPromises()

    const text = wrapper.get('[role="alert"]').text()
    expect(text).toContain('Urgent help requested at Riverside PyCon 2026')
    expect(facts(wrapper)).toEqual([
      ['Place', 'Hall B, second row'],
      ['Kiosk', 'Registration desk'],
    ])
    // A responder may not open the Kiosks section: the kiosk is named, not linked.
    expect(wrapper.get('[role="alert"]').findAll('a')).toHaveLength(0)
    expect(text).toContain('3 minutes ago')
    expect(wrapper.get('[role="alert"] button').text()).toBe("I'm on it")
  })

  it('loads open alerts on start and after a reconnection', async () => {
    const { live, fetchMock } = setUp([alert('a1', { place: null })])
    const { wrapper } = await mountApp('/')

    expect(wrapper.get('[role="alert"]').text()).toContain('Registration desk')
    const loads = () =>
      fetchMock.mock.calls.filter(call => String(call[1]?.body).includes('UrgentHelpAlerts')).length
    expect(loads()).toBe(1)
    live.reconnect()
    await flushPromises()
    expect(loads()).toBe(2)
  })

  it('acknowledges with "I’m on it": the alert is no longer open, shows who took it, and can be hidden', async () => {
    const { fetchMock } = setUp([alert('a1')])
    const { wrapper } = await mountApp('/')

    await wrapper.get('[role="alert"] button').trigger('click')
    await flushPromises()

    expect(sentVariables(fetchMock)).toEqual({ input: { eventId: 'e1', alertId: 'a1' } })
    expect(wrapper.get('[role="alert"]').text()).toBe('')
    expect(wrapper.find('[role="status"]').text()).toContain('Everyone sees that you took the alert')
    const settled = wrapper.get('[aria-label="Urgent help: recently handled"]')
    expect(settled.text()).toContain('Test Person is on it.')
    await settled.get('button').trigger('click')
    expect(wrapper.find('[aria-label="Urgent help: recently handled"]').exists()).toBe(false)
  })

  it('collapses stacked alerts into one list, links the case and the kiosk, and says when one was cancelled', async () => {
    setUp(
      [
        alert('a1', { caseId: 'case-1', caseCodeName: 'stunned bulb' }),
        alert('a2', { place: null, kioskLocation: null }),
        alert('a3', { status: 'CANCELLED', cancelledAt: new Date().toISOString() }),
      ],
      Role.Organizer,
    )
    const { wrapper } = await mountApp('/')

    expect(wrapper.get('.urgent-banner__summary').text()).toBe('Urgent help: 2 open, 1 recently handled')
    const open = wrapper.get('[aria-label="Urgent help: open alerts"]')
    expect(open.findAll('li')).toHaveLength(2)
    expect(open.findAll('li')[1]!.get('[data-testid="urgent-alert-place"]').text()).toBe('not given')
    const links = open.findAll('li')[0]!.findAll('a')
    expect(links.map(link => [link.text(), link.attributes('href')])).toEqual([
      ['Registration desk', '/dashboard/events/e1/setup/kiosks'],
      ['Open case stunned bulb', '/dashboard/events/e1/cases/case-1'],
    ])
    expect(wrapper.get('[aria-label="Urgent help: recently handled"]').text()).toContain(
      'Cancelled: the person tapped by mistake.',
    )
  })

  it('closes the socket when the app state is reset (sign-out)', async () => {
    const { live } = setUp([alert('a1')])
    const { wrapper, pinia } = await mountApp('/')

    resetAppState(pinia)
    await flushPromises()

    expect(live.state.closed).toBe(true)
    expect(wrapper.find('.urgent-banner__alert').exists()).toBe(false)
  })
})
