import { Role } from '@conduct-desk/shared'
import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { openLiveConnection } from '@/graphql/subscriptions'
import { resetAppState } from '@/shell/reset-app-state'
import { fakeLiveConnection } from '@/testing/fake-live-connection'
import { viewer } from '@/testing/fixtures'
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
  place: 'Hall B, second row',
  kioskLocation: 'Registration desk',
  acknowledgedAt: null,
  ...overrides,
})

function setUp(initial: unknown[] = []) {
  const live = fakeLiveConnection()
  setLiveConnectionFactory(live.factory)
  const fetchMock = stubGraphql({
    SessionViewer: () => ({ data: { viewer: viewer([{ role: Role.Responder, eventId: 'e1' }]) } }),
    EventsList: () => ({ data: { myEvents: [] } }),
    UrgentHelpEvents: () => ({
      data: {
        myEvents: [
          { roles: [Role.Responder], event: { id: 'e1', name: 'Riverside PyCon 2026' } },
          { roles: [Role.Chair], event: { id: 'e2', name: 'Riverside Sprints' } },
        ],
      },
    }),
    UrgentHelpAlerts: () => ({ data: { urgentAlerts: initial } }),
    UrgentHelpAcknowledge: variables => ({
      data: {
        acknowledgeUrgentAlert: alert(String((variables['input'] as { alertId: string }).alertId), {
          acknowledgedAt: new Date().toISOString(),
        }),
      },
    }),
  })
  return { live, fetchMock }
}

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
    expect(text).toContain('Hall B, second row (kiosk: Registration desk)')
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

  it('acknowledges with "I’m on it" and clears the banner', async () => {
    const { fetchMock } = setUp([alert('a1')])
    const { wrapper } = await mountApp('/')

    await wrapper.get('[role="alert"] button').trigger('click')
    await flushPromises()

    expect(sentVariables(fetchMock)).toEqual({ input: { eventId: 'e1', alertId: 'a1' } })
    expect(wrapper.get('[role="alert"]').text()).toBe('')
    expect(wrapper.find('[role="status"]').text()).toContain('cleared for everyone')
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
