import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { buttonNamed } from '@/testing/button-named'
import { organizerInSetup } from '@/testing/fixtures'
import { mountApp } from '@/testing/mount-app'
import { usePageClock } from '@/testing/page-clock'
import { sentVariables, stubGraphql } from '@/testing/stub-graphql'

usePageClock('2026-06-03T09:00:00Z')

const device = (overrides: Record<string, unknown> = {}) => ({
  id: 'k1',
  location: 'Registration desk',
  enrolledAt: '2026-06-03T08:00:00Z',
  enrolmentExpiresAt: null,
  lastSeenAt: '2026-06-03T08:50:00Z',
  revokedAt: null,
  isSilent: true,
  ...overrides,
})

function stub() {
  return stubGraphql({
    ...organizerInSetup({ status: 'PUBLISHED' }),
    KiosksDevices: () => ({ data: { kioskDevices: [device()] } }),
    KiosksEnrol: () => ({
      data: {
        createKioskEnrolment: {
          code: 'K7QM2XPA',
          expiresAt: '2026-06-03T09:10:00Z',
          device: device({
            id: 'k2',
            location: 'Hall B entrance',
            enrolledAt: null,
            lastSeenAt: null,
            isSilent: false,
          }),
        },
      },
    }),
  })
}

describe('KiosksPage', () => {
  it('explains why each venue screen is enrolled, and what a browser that is not enrolled does', async () => {
    stub()
    const { wrapper } = await mountApp('/events/e1/setup/kiosks')

    const why = wrapper.get('section[aria-labelledby="kiosks-why-title"]')
    expect(why.get('h3').text()).toBe('Why enrol each screen at the venue')
    expect(why.findAll('li')).toHaveLength(3)
    expect(why.text()).toContain('still works as the public web form')
  })

  it('shows the enrolment code large, with where to type it and how long it lasts', async () => {
    const fetchMock = stub()
    const { wrapper } = await mountApp('/events/e1/setup/kiosks')

    const location = wrapper.get('input')
    await location.setValue('Hall B entrance')
    await buttonNamed(wrapper, 'Create enrolment code').trigger('click')
    await flushPromises()

    expect(sentVariables(fetchMock, -2)).toEqual({ input: { eventId: 'e1', location: 'Hall B entrance' } })
    const panel = wrapper.get('[aria-labelledby="kiosk-code-title"]')
    expect(panel.get('h3').text()).toBe('Enrolment code for Hall B entrance')
    expect(document.activeElement).toBe(panel.get('h3').element)
    expect(panel.get('[data-kiosk-code]').text()).toBe('K7QM2XPA')
    expect(panel.text()).toMatch(/Valid for another (10:00|9:5\d)/)
    expect(panel.text()).toContain('/kiosk/enrol')

    await vi.advanceTimersByTimeAsync(61_000)
    expect(panel.text()).toMatch(/Valid for another 8:5\d/)

    await vi.advanceTimersByTimeAsync(9 * 60_000)
    expect(panel.get('[role="status"]').text()).toBe('This code has expired. Create a new one.')
  })

  it('flags a silent kiosk in words and says when it was last seen', async () => {
    stub()
    const { wrapper } = await mountApp('/events/e1/setup/kiosks')

    const item = wrapper.get('article')
    expect(item.get('h3').text()).toBe('Registration desk')
    expect(item.text()).toContain('Silent')
    expect(item.text()).toContain('Not heard from for over 5 minutes')
    expect(item.text()).toContain('10 minutes ago')
  })
})
