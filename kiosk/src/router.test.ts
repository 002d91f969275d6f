import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { eventFixture } from '@/testing/fixtures'
import { answer, stubGraphqlFetch } from '@/testing/graphql-fetch-stub'
import { buttonNamed, mountKiosk } from '@/testing/mount-kiosk'

describe('kiosk router', () => {
  beforeEach(() => {
    stubGraphqlFetch(operation =>
      operation === 'EventsList'
        ? answer({ publicEvents: [{ ...eventFixture(), isLive: true }], publicTransparencyReports: [] })
        : answer({ publicEvent: eventFixture() }),
    )
  })

  it('moves between screens without touching the address bar or browser storage', async () => {
    const address = window.location.href
    const { wrapper, router } = await mountKiosk()
    await buttonNamed(wrapper, 'Find a contact').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('contacts-directory')
    await buttonNamed(wrapper, 'Back').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('home-attract')

    expect(window.location.href).toBe(address)
    expect(window.sessionStorage.length).toBe(0)
    expect(window.localStorage.length).toBe(0)
  })

  it('opens the only live event straight from the event list, and lets the visitor come back', async () => {
    const { wrapper, router } = await mountKiosk('/')
    expect(router.currentRoute.value.name).toBe('home-attract')
    expect(wrapper.get('h1').text()).toBe('Riverside PyCon 2026')

    await buttonNamed(wrapper, 'Other events').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('events-list')
    expect(wrapper.get('h1').text()).toBe('Choose your event')
  })

  it('sends an unknown in-app path to the event list', async () => {
    stubGraphqlFetch(() =>
      answer({ publicEvents: [{ ...eventFixture(), isLive: false }], publicTransparencyReports: [] }),
    )
    const { wrapper, router } = await mountKiosk('/nowhere')
    expect(router.currentRoute.value.name).toBe('events-list')
    expect(buttonNamed(wrapper, 'Riverside PyCon 2026').exists()).toBe(true)
  })
})
