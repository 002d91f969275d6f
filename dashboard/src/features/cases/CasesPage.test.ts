import { Role } from '@conduct-desk/shared'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CasesSummaryFieldsFragment } from '@/graphql/generated/graphql'
import { openLiveConnection } from '@/graphql/subscriptions'
import { buttonNamed } from '@/testing/button-named'
import { fakeLiveConnection } from '@/testing/fake-live-connection'
import { viewer } from '@/testing/fixtures'
import { mountApp } from '@/testing/mount-app'
import { plain } from '@/testing/page-clock'
import { sentVariables, stubGraphql } from '@/testing/stub-graphql'
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
    isOverdue: false,
    isAwaitingReview: false,
    acknowledgeBy: null,
    followUpBy: null,
    assignedToName: null,
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

/** The filter form's select with this label. */
function select(wrapper: VueWrapper, label: string) {
  const id = wrapper
    .findAll('form[role="search"] label')
    .find(entry => entry.text() === label)!
    .attributes('for')
  return wrapper.get(`select[id="${id}"]`)
}

const COUNTERS = { open: 2, overdue: 1, awaitingReview: 0, assignedToMe: 1 }

/** The inbox as the server answers it: most recent activity first, one page. */
function inboxOf(cases: readonly CasesSummaryFieldsFragment[]) {
  const sorted = [...cases].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
  return { cases: sorted, counters: COUNTERS, page: 1, pageCount: 1, total: sorted.length }
}

function stub(
  cases: CasesSummaryFieldsFragment[] | (() => CasesSummaryFieldsFragment[]),
  inbox: (variables: Record<string, unknown>) => object = () =>
    inboxOf(typeof cases === 'function' ? cases() : cases),
) {
  return stubGraphql({
    SessionViewer: () => ({ data: { viewer: viewer([{ role: Role.Responder, eventId: 'e1' }]) } }),
    CasesEvent: () => ({
      data: {
        event: {
          id: 'e1',
          name: 'Riverside PyCon 2026',
          timeZone: 'Europe/Lisbon',
          reportCategories: ['items-or-safety', 'other'],
        },
      },
    }),
    CasesInbox: variables => ({ data: { caseInbox: inbox(variables) } }),
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
    let cases = [summary()]
    stub(() => cases)
    const { wrapper } = await mountApp('/events/e1/cases')
    expect(live.subscriptions.map(entry => entry.variables)).toEqual([{ eventId: 'e1' }])
    const announcement = wrapper.get('[data-inbox-announcement]')
    expect(announcement.attributes('role')).toBe('status')
    expect(announcement.text()).toBe('')

    cases = [
      summary(),
      summary({ id: 'c3', codeName: 'quiet harbour', updatedAt: '2026-06-03T08:00:00.000Z', isUrgent: true }),
    ]
    // The live update says what changed; the page is read again.
    live.push({ eventId: 'e1' }, { caseInboxChanged: cases })
    await flushPromises()

    expect(wrapper.findAll('article').map(item => item.get('h2').text())).toEqual([
      'quiet harbour',
      'sunny lantern',
    ])
    expect(plain(wrapper.get('[data-inbox-announcement]').text())).toBe('● New report')
  })

  it('shows the counters, the targets and markers of each case, and pages through more than 50', async () => {
    const overdue = summary({
      isOverdue: true,
      acknowledgeBy: '2026-06-03T07:00:00.000Z',
      isAwaitingReview: true,
    })
    const fetchMock = stub([overdue], variables => ({
      ...inboxOf([{ ...overdue, codeName: `case on page ${String(variables['page'])}` }]),
      page: variables['page'],
      pageCount: 2,
      total: 51,
    }))
    const { wrapper } = await mountApp('/events/e1/cases')

    const counters = wrapper
      .findAll('[data-counter]')
      .map(counter => `${counter.get('dt').text()}: ${counter.get('dd').text()}`)
    expect(counters).toEqual(['Open: 2', 'Overdue: 1', 'Awaiting review: 0', 'Assigned to me: 1'])
    const item = plain(wrapper.get('article').text())
    expect(item).toContain('Overdue')
    expect(item).toContain('Awaiting review')
    expect(item).toContain('Acknowledge by')
    expect(plain(wrapper.get('[data-inbox-count]').text())).toContain('51 cases. Page 1 of 2.')

    const next = buttonNamed(wrapper, 'Next page', 'nav button')
    await next.trigger('click')
    await flushPromises()
    expect(sentVariables(fetchMock, -1)).toMatchObject({ eventId: 'e1', page: 2 })
    expect(wrapper.get('article h2').text()).toBe('case on page 2')
    expect(plain(wrapper.get('[data-inbox-count]').text())).toContain('Page 2 of 2.')
  })

  it('filters by status, severity, category, channel, flags and a search, in the chosen order, from the first page', async () => {
    const fetchMock = stub([summary()])
    const { wrapper, router } = await mountApp('/events/e1/cases?page=2')
    expect(sentVariables(fetchMock, -1)).toMatchObject({ page: 2, sort: 'RECENT_ACTIVITY' })

    const form = wrapper.get('form[role="search"]')
    await form.get('input[type="text"]').setValue('  RPT-7 ')
    await select(wrapper, 'Status').setValue('IN_REVIEW')
    await select(wrapper, 'How serious').setValue('SERIOUS')
    await select(wrapper, 'Category').setValue('items-or-safety')
    await select(wrapper, 'Received through').setValue('email')
    await select(wrapper, 'Order').setValue('OLDEST')
    const boxes = form.findAll('input[type="checkbox"]')
    await boxes[1]!.setValue(true)
    await boxes[2]!.setValue(true)
    const submit = form.get('button[type="submit"]').element as HTMLButtonElement
    submit.focus()
    await form.trigger('submit')
    await flushPromises()
    // The form stays as it was, and so does the focus.
    expect(document.activeElement).toBe(submit)
    expect(sentVariables(fetchMock, -1)).toEqual({
      eventId: 'e1',
      page: 1,
      sort: 'OLDEST',
      filter: {
        statuses: ['IN_REVIEW'],
        severity: 'SERIOUS',
        category: 'items-or-safety',
        channel: 'email',
        urgent: null,
        overdue: true,
        assignedToMe: true,
        askedForMe: null,
        search: 'RPT-7',
      },
    })
    // The URL keeps it all, so a reload or the back button shows the same cases.
    expect(router.currentRoute.value.query).toEqual({
      status: ['IN_REVIEW'],
      severity: 'SERIOUS',
      category: 'items-or-safety',
      channel: 'email',
      overdue: '1',
      assignedToMe: '1',
      search: 'RPT-7',
      sort: 'OLDEST',
    })
  })

  it('shows the filters a URL holds, follows the back button, and clears the filters but keeps the order', async () => {
    const fetchMock = stub(
      () => [],
      variables => inboxOf(JSON.stringify(variables['filter']).includes('MINOR') ? [] : [summary()]),
    )
    const { wrapper, router } = await mountApp('/events/e1/cases?severity=MINOR&sort=NEWEST&channel=web')
    expect(sentVariables(fetchMock, -1)).toMatchObject({
      sort: 'NEWEST',
      filter: { severity: 'MINOR', channel: 'web', category: null },
    })
    expect((select(wrapper, 'How serious').element as HTMLSelectElement).value).toBe('MINOR')
    expect((select(wrapper, 'Order').element as HTMLSelectElement).value).toBe('NEWEST')
    expect(wrapper.text()).toContain('No case matches these filters.')

    const clear = wrapper.findAll('.cases-page__empty button').find(b => b.text() === 'Clear the filters')!
    await clear.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ sort: 'NEWEST' })
    expect(sentVariables(fetchMock, -1)).toMatchObject({
      sort: 'NEWEST',
      filter: { severity: null, channel: null },
    })
    expect((select(wrapper, 'How serious').element as HTMLSelectElement).value).toBe('')
    expect(wrapper.findAll('article')).toHaveLength(1)

    router.back()
    await flushPromises()
    await flushPromises()
    expect(sentVariables(fetchMock, -1)).toMatchObject({ filter: { severity: 'MINOR', channel: 'web' } })
    expect((select(wrapper, 'How serious').element as HTMLSelectElement).value).toBe('MINOR')
  })

  it('closes the socket when the app state is reset (sign-out)', async () => {
    stub([summary()])
    const { pinia } = await mountApp('/events/e1/cases')
    const { resetAppState } = await import('@/shell/reset-app-state')
    resetAppState(pinia)
    expect(live.state.closed).toBe(true)
  })
})
