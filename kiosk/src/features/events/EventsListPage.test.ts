import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { eventFixture } from '@/testing/fixtures'
import { answer, stubGraphqlFetch } from '@/testing/graphql-fetch-stub'
import { buttonNamed, mountKiosk } from '@/testing/mount-kiosk'

describe('a closed event on the kiosk', () => {
  it('is still listed, says reporting stays open, and its home says so too', async () => {
    const closed = { ...eventFixture(), isLive: false, isClosed: true }
    stubGraphqlFetch(operation =>
      operation === 'EventsList'
        ? answer({ publicEvents: [closed], publicTransparencyReports: [] })
        : answer({ publicEvent: closed }),
    )
    const { wrapper } = await mountKiosk('/')

    const listed = wrapper.get('.events-list__item')
    const name = (listed.attributes('aria-labelledby') ?? '')
      .split(' ')
      .map(id => wrapper.get(`#${id}`).text())
      .join(' ')
      .replace(/\s+/g, ' ')
    expect(name).toBe(
      'Riverside PyCon 2026 November 25 – 27, 2026 Riverside Congress Centre Ended: you can still report',
    )

    await buttonNamed(wrapper, 'Riverside PyCon 2026').trigger('click')
    await flushPromises()
    expect(wrapper.get('.home__closed').text()).toContain('You can still report what happened')
  })
})
