import { flushPromises } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { eventFixture } from '@/testing/fixtures'
import {
  answer,
  graphqlError,
  offline,
  offlineCopy,
  stubGraphqlFetch,
  type GraphqlAnswer,
} from '@/testing/graphql-fetch-stub'
import { buttonNamed, mountKiosk } from '@/testing/mount-kiosk'
import { useEventStore } from './event.store'

describe('event store', () => {
  beforeEach(() => setActivePinia(createPinia()))
  afterEach(() => vi.unstubAllGlobals())

  it('keeps the last event when the API becomes unreachable, and says so', async () => {
    let next: GraphqlAnswer = answer({ publicEvent: eventFixture() })
    stubGraphqlFetch(() => next)
    const store = useEventStore()
    await store.select('riverside-pycon-2026')
    expect(store.status).toBe('ready')

    next = offline
    await store.refresh()
    expect(store.isUnreachable).toBe(true)
    expect(store.status).toBe('ready')
    expect(store.contacts.map(contact => contact.name)).toEqual(['Amara Okafor', 'Noor Haddad'])

    next = answer({ publicEvent: eventFixture({ contacts: [] }) })
    await store.refresh()
    expect(store.isUnreachable).toBe(false)
    expect(store.contacts).toEqual([])
  })

  it("shows an enrolled kiosk's offline copy, and says the server cannot be reached since it was saved", async () => {
    const savedAt = Date.UTC(2026, 11, 3, 14, 5)
    stubGraphqlFetch(() => offlineCopy({ publicEvent: eventFixture() }, savedAt))
    const store = useEventStore()
    await store.select('riverside-pycon-2026')
    expect(store.status).toBe('ready')
    expect(store.event?.name).toBe('Riverside PyCon 2026')
    expect(store.isUnreachable).toBe(true)
    expect(store.loadedAt).toBe(savedAt)
  })

  it('reports "unreachable" when it has never loaded anything', async () => {
    stubGraphqlFetch(() => offline)
    const store = useEventStore()
    await store.select('riverside-pycon-2026')
    expect(store.status).toBe('unreachable')
    expect(store.event).toBeNull()
  })

  it('tells a missing event apart from a failure', async () => {
    stubGraphqlFetch(() => answer({ publicEvent: null }))
    await useEventStore().select('gone')
    expect(useEventStore().status).toBe('not-found')

    setActivePinia(createPinia())
    stubGraphqlFetch(() => graphqlError('RATE_LIMITED'))
    await useEventStore().select('busy')
    expect(useEventStore().status).toBe('failed')
  })

  it('keeps the data through an answered error such as RATE_LIMITED, without an outage banner', async () => {
    let next: GraphqlAnswer = answer({ publicEvent: eventFixture() })
    stubGraphqlFetch(() => next)
    const store = useEventStore()
    await store.select('riverside-pycon-2026')
    next = graphqlError('RATE_LIMITED')
    await store.refresh()
    expect(store.event?.name).toBe('Riverside PyCon 2026')
    expect(store.isUnreachable).toBe(false)
  })
})

describe('unreachable banner', () => {
  it('appears on the next refresh and the contacts it last loaded stay on screen', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] })
    let next: GraphqlAnswer = answer({ publicEvent: eventFixture() })
    stubGraphqlFetch(() => next)
    const { wrapper } = await mountKiosk()
    await buttonNamed(wrapper, 'Find a contact').trigger('click')
    await flushPromises()
    expect(wrapper.get('[role="status"]').text()).toBe('')

    next = offline
    await vi.advanceTimersByTimeAsync(60_000)
    await flushPromises()

    const banner = wrapper.get('[role="status"]')
    expect(banner.text()).toContain("We can't reach the server right now.")
    expect(wrapper.findAll('article h2').map(heading => heading.text())).toEqual([
      'Amara Okafor',
      'Noor Haddad',
    ])

    next = answer({ publicEvent: eventFixture() })
    await buttonNamed(wrapper, 'Try again').trigger('click')
    await flushPromises()
    expect(wrapper.get('[role="status"]').text()).toBe('')
  })

  it('goes by itself when the network returns: while unreachable, the kiosk asks every few seconds', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] })
    let next: GraphqlAnswer = offlineCopy({ publicEvent: eventFixture() }, Date.now())
    stubGraphqlFetch(() => next)
    const { wrapper } = await mountKiosk()
    expect(wrapper.get('[role="status"]').text()).toContain("We can't reach the server right now.")

    next = answer({ publicEvent: eventFixture() })
    await vi.advanceTimersByTimeAsync(5_000)
    await flushPromises()
    expect(wrapper.get('[role="status"]').text()).toBe('')
  })
})
