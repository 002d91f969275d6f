import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { answer, graphqlError, offline, stubGraphqlFetch } from '@/testing/graphql-fetch-stub'
import { useEnrolmentStore } from './enrolment.store'

describe('enrolment store', () => {
  beforeEach(() => setActivePinia(createPinia()))
  afterEach(() => vi.unstubAllGlobals())

  it('learns from the server which event and place this kiosk is for', async () => {
    stubGraphqlFetch(() => answer({ thisKiosk: { eventSlug: 'riverside-pycon-2026', location: 'Hall A' } }))
    const store = useEnrolmentStore()
    await store.check()
    expect(store.enrolment).toEqual({ eventSlug: 'riverside-pycon-2026', location: 'Hall A' })
    expect(store.checkStatus).toBe('checked')
  })

  it('is no kiosk on a phone (null), nor when the server cannot say', async () => {
    stubGraphqlFetch(() => answer({ thisKiosk: null }))
    await useEnrolmentStore().check()
    expect(useEnrolmentStore().enrolment).toBeNull()

    for (const failure of [offline, graphqlError('INTERNAL_SERVER_ERROR')]) {
      setActivePinia(createPinia())
      stubGraphqlFetch(() => failure)
      await useEnrolmentStore().check()
      expect(useEnrolmentStore().enrolment).toBeNull()
      expect(useEnrolmentStore().checkStatus).toBe('unknown')
    }
  })

  it('ignores an answer naming an event it could not open', async () => {
    stubGraphqlFetch(() => answer({ thisKiosk: { eventSlug: '../../admin', location: 'Hall A' } }))
    await useEnrolmentStore().check()
    expect(useEnrolmentStore().enrolment).toBeNull()
  })
})
