import { Role } from '@conduct-desk/shared'
import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CasesSummaryFieldsFragment } from '@/graphql/generated/graphql'
import { openLiveConnection } from '@/graphql/subscriptions'
import { fakeLiveConnection } from '@/testing/fake-live-connection'
import { viewer } from '@/testing/fixtures'
import { mountApp } from '@/testing/mount-app'
import { plain } from '@/testing/page-clock'
import { stubGraphql } from '@/testing/stub-graphql'
import { setCasesLiveConnectionFactory } from './cases.store'

function summary(overrides: Partial<CasesSummaryFieldsFragment> = {}): CasesSummaryFieldsFragment {
  return {
    id: 'c1',
    codeName: 'sunny lantern',
    status: 'NEW',
    createdAt: '2026-06-03T07:50:00.000Z',
    updatedAt: '2026-06-03T07:50:00.000Z',
    channel: 'kiosk',
    category: 'harassment-or-intimidation',
    isUrgent: false,
    isOngoing: false,
    isRequestedFromViewer: false,
    ...overrides,
  }
}

let live: ReturnType<typeof fakeLiveConnection>

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true, now: new Date('2026-06-03T08:00:00Z') })
  live = fakeLiveConnection()
  setCasesLiveConnectionFactory(live.factory)
})

afterEach(() => {
  setCasesLiveConnectionFactory(openLiveConnection)
  vi.useRealTimers()
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

function stub(cases: CasesSummaryFieldsFragment[]) {
  return stubGraphql({
    SessionViewer: () => ({ data: { viewer: viewer([{ role: Role.Responder, eventId: 'e1' }]) } }),
    CasesEvent: () => ({
      data: {
        event: { id: 'e1', name: 'Riverside PyCon 2026', timeZone: 'Europe/Lisbon', reportCategories: [] },
      },
    }),
    CasesList: () => ({ data: { cases } }),
  })
}

describe('CasesPage', () => {
  it('lists cases newest activity first, with markers in words and a link to each', async () => {
    stub([
      summary(),
      summary({
        id: 'c2',
        codeName: 'stunned bulb',
        status: 'ACKNOWLEDGED',
        updatedAt: '2026-06-03T07:58:00.000Z',
        channel: 'in-person',
        isUrgent: true,
        isOngoing: true,
        isRequestedFromViewer: true,
      }),
    ])
    const { wrapper } = await mountApp('/events/e1/cases')

    expect(wrapper.get('h1').text()).toBe('Cases')
    expect(wrapper.text()).toContain('Riverside PyCon 2026')
    const items = wrapper.findAll('article')
    expect(items.map(item => item.get('h2').text())).toEqual(['stunned bulb', 'sunny lantern'])
    const first = items[0]!
    expect(first.get('h2 a').attributes('href')).toBe('/dashboard/events/e1/cases/c2')
    expect(plain(first.text())).toContain('Status: Acknowledged')
    expect(first.text()).toContain('Urgent')
    expect(first.text()).toContain('Still going on')
    expect(first.text()).toContain('Asked for you')
    expect(first.text()).toContain('In person')
    expect(first.text()).toContain('2 minutes ago')
    const second = items[1]!
    expect(second.text()).not.toContain('Urgent')
    expect(second.text()).toContain('Harassment or intimidation')
    expect(second.text()).toContain('Kiosk')
    expect(wrapper.find('a[href="/dashboard/events/e1/cases/new-on-site"]').text()).toBe(
      'Write down an on-site report',
    )
  })

  it('says calmly when there are no reports yet', async () => {
    stub([])
    const { wrapper } = await mountApp('/events/e1/cases')
    expect(wrapper.text()).toContain('No reports so far.')
    expect(wrapper.find('article').exists()).toBe(false)
  })

  it('takes new cases from the subscription and announces them politely', async () => {
    stub([summary()])
    const { wrapper } = await mountApp('/events/e1/cases')
    expect(live.subscriptions.map(entry => entry.variables)).toEqual([{ eventId: 'e1' }])
    const announcement = wrapper.get('[data-inbox-announcement]')
    expect(announcement.attributes('role')).toBe('status')
    expect(announcement.text()).toBe('')

    live.push(
      { eventId: 'e1' },
      {
        caseInboxChanged: [
          summary(),
          summary({
            id: 'c3',
            codeName: 'quiet harbour',
            updatedAt: '2026-06-03T08:00:00.000Z',
            isUrgent: true,
          }),
        ],
      },
    )
    await flushPromises()

    expect(wrapper.findAll('article').map(item => item.get('h2').text())).toEqual([
      'quiet harbour',
      'sunny lantern',
    ])
    expect(plain(wrapper.get('[data-inbox-announcement]').text())).toBe('● New report')
  })

  it('closes the socket when the app state is reset (sign-out)', async () => {
    stub([summary()])
    const { pinia } = await mountApp('/events/e1/cases')
    const { resetAppState } = await import('@/shell/reset-app-state')
    resetAppState(pinia)
    expect(live.state.closed).toBe(true)
  })
})
