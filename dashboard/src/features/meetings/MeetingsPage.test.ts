import { ErrorCode, Role } from '@conduct-desk/shared'
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import type { MeetingsFieldsFragment } from '@/graphql/generated/graphql'
import { signedIn } from '@/testing/fixtures'
import { mountApp, mountAppAs } from '@/testing/mount-app'
import { usePageClock, plain } from '@/testing/page-clock'
import { graphqlError, sentVariables, stubGraphql } from '@/testing/stub-graphql'

usePageClock('2026-06-03T08:00:00Z')

function meeting(overrides: Partial<MeetingsFieldsFragment>): MeetingsFieldsFragment {
  return {
    id: 'b1',
    checkInWord: 'tango',
    status: 'active',
    startsAt: '2026-06-03T09:00:00.000Z',
    endsAt: '2026-06-03T09:20:00.000Z',
    place: 'Room 2.14',
    contactName: null,
    contactMethod: null,
    respondersPerSlot: 1,
    ...overrides,
  }
}

function stub(handlers: Record<string, (variables: Record<string, unknown>) => object> = {}) {
  const state = {
    meetings: [
      meeting({
        id: 'b3',
        checkInWord: 'piano',
        startsAt: '2026-06-04T13:00:00.000Z',
        endsAt: '2026-06-04T13:20:00.000Z',
      }),
      meeting({ contactMethod: 'Signal +351 912 345 678', respondersPerSlot: 2 }),
      meeting({
        id: 'b2',
        checkInWord: 'zebra',
        startsAt: '2026-06-03T09:25:00.000Z',
        endsAt: '2026-06-03T09:45:00.000Z',
        contactName: 'Amara Okafor',
      }),
    ],
  }
  const fetchMock = stubGraphql({
    SessionViewer: signedIn([{ role: Role.Responder, eventId: 'e1' }]),
    MeetingsEvent: () => ({
      data: { event: { id: 'e1', name: 'Riverside PyCon 2026', timeZone: 'Europe/Lisbon' } },
    }),
    MeetingsList: () => ({ data: { meetings: state.meetings } }),
    MeetingsMark: variables => {
      const input = variables['input'] as { bookingId: string; status: string }
      state.meetings = state.meetings.map(entry =>
        entry.id === input.bookingId ? { ...entry, status: input.status } : entry,
      )
      return { data: { markMeeting: true } }
    },
    ...handlers,
  })
  return { fetchMock, state }
}

const calls = (fetchMock: ReturnType<typeof stubGraphql>, operation: string) =>
  fetchMock.mock.calls
    .map((call, index) => ({ index, body: String(call[1]?.body) }))
    .filter(call => call.body.includes(`query ${operation}`) || call.body.includes(`mutation ${operation}`))

describe('MeetingsPage', () => {
  it('groups upcoming meetings by day in the event’s zone, with what a responder needs to know', async () => {
    stub()
    const { wrapper } = await mountApp('/events/e1/meetings')

    expect(wrapper.get('h1').text()).toBe('Meetings')
    expect(wrapper.text()).toContain('Riverside PyCon 2026')
    expect(wrapper.get('main [role="status"]').text()).toBe('3 upcoming meetings.')

    const days = wrapper.findAll('section')
    expect(days.map(day => plain(day.get('h2').text()))).toEqual([
      'Wednesday, June 3 · today',
      'Thursday, June 4',
    ])
    const first = days[0]!.findAll('article')
    expect(first.map(item => plain(item.get('h3').text()))).toEqual(['10:00 – 10:20 AM', '10:25 – 10:45 AM'])

    // The check-in word the person was asked to say; nothing here is a booking code.
    const booked = first[0]!
    expect(booked.text()).toContain('Check-in word')
    expect(booked.get('[data-check-in-word]').text()).toBe('tango')
    expect(booked.find('[data-booking-code]').exists()).toBe(false)
    expect(booked.text()).not.toContain('Booking code')
    expect(booked.text()).toContain('Room 2.14')
    expect(booked.text()).toContain('Anyone on duty')
    expect(booked.text()).toContain('Signal +351 912 345 678')
    expect(booked.text()).toContain('Two responders')
    expect(plain(booked.text())).toContain('Status: Booked')

    const second = first[1]!
    expect(second.text()).toContain('Amara Okafor')
    expect(second.text()).toContain('No way to reach them was left')
    expect(second.text()).not.toContain('Two responders')

    expect(wrapper.text()).not.toContain('comes with incident reports')
    // The page no longer tells responders to ask for the code.
    expect(wrapper.text()).toContain('check-in word')
    expect(wrapper.text()).toContain('Never ask for the booking code')
    expect(wrapper.text()).not.toContain('ask for it when they arrive')
  })

  it('names the event’s zone beside the times when this computer’s clock reads differently', async () => {
    vi.stubEnv('TZ', 'America/New_York')
    try {
      stub()
      const { wrapper } = await mountApp('/events/e1/meetings')
      const first = wrapper.findAll('section')[0]!.findAll('article')[0]!
      expect(plain(first.get('h3').text())).toBe('10:00 – 10:20 AM (Western European Time)')
    } finally {
      vi.unstubAllEnvs()
    }
  })

  it('marks a meeting as held and says so where focus lands', async () => {
    const { fetchMock } = stub()
    const { wrapper } = await mountApp('/events/e1/meetings')

    const held = wrapper
      .findAll('button')
      .find(button => plain(button.text()).endsWith('Mark as held: 10:00 – 10:20 AM, tango'))!
    await held.trigger('click')
    await flushPromises()

    const [mark] = calls(fetchMock, 'MeetingsMark')
    expect(sentVariables(fetchMock, mark!.index)).toEqual({
      input: { eventId: 'e1', bookingId: 'b1', status: 'held' },
    })
    const status = wrapper.get('.base-status-message')
    expect(plain(status.text())).toBe('The meeting at 10:00 – 10:20 AM (tango) is marked as held.')
    expect(document.activeElement).toBe(status.element)
    const item = wrapper.findAll('article')[0]!
    expect(plain(item.text())).toContain('Status: Held')
    // Held: only the correction is left.
    expect(item.findAll('button').map(button => plain(button.get('[aria-hidden="true"]').text()))).toEqual([
      'Mark as missed',
    ])
  })

  it('includes past meetings on request and refreshes every 30 seconds', async () => {
    const { fetchMock } = stub()
    const { wrapper } = await mountApp('/events/e1/meetings')
    expect(calls(fetchMock, 'MeetingsList').map(call => sentVariables(fetchMock, call.index))).toEqual([
      { eventId: 'e1', includePast: false },
    ])

    await wrapper.get('input[type="checkbox"]').setValue(true)
    await flushPromises()
    expect(sentVariables(fetchMock, calls(fetchMock, 'MeetingsList').at(-1)!.index)).toEqual({
      eventId: 'e1',
      includePast: true,
    })
    expect(wrapper.get('main [role="status"]').text()).toBe('3 meetings, past ones included.')

    const before = calls(fetchMock, 'MeetingsList').length
    await vi.advanceTimersByTimeAsync(30_000)
    await flushPromises()
    expect(calls(fetchMock, 'MeetingsList').length).toBe(before + 1)
    // The event itself is not asked for again.
    expect(calls(fetchMock, 'MeetingsEvent')).toHaveLength(1)
  })

  it('says when a meeting was cancelled before it could be marked', async () => {
    stub({ MeetingsMark: () => graphqlError(ErrorCode.NotFound) })
    const { wrapper } = await mountApp('/events/e1/meetings')

    await wrapper
      .findAll('button')
      .find(button => plain(button.text()).includes('Mark as missed: 10:25 – 10:45 AM'))!
      .trigger('click')
    await flushPromises()

    expect(wrapper.get('main [role="alert"]').text()).toBe(
      'This meeting is no longer booked: it was cancelled. The list is up to date again.',
    )
  })

  it('opens the on-site report form with the meeting’s place and time filled in', async () => {
    stub()
    const { wrapper } = await mountApp('/events/e1/meetings')

    const link = wrapper
      .findAll('a')
      .find(entry => plain(entry.text()).endsWith('Write down an on-site report: 10:00 – 10:20 AM, tango'))!
    const url = new URL(link.attributes('href')!, 'http://localhost')
    expect(url.pathname).toBe('/dashboard/events/e1/cases/new-on-site')
    expect(url.searchParams.get('where')).toBe('Room 2.14')
    expect(plain(url.searchParams.get('when')!)).toBe('Wednesday, June 3, 10:00 – 10:20 AM')
  })

  it('is for responders: an organizer is told so', async () => {
    const { router } = await mountAppAs('/events/e1/meetings', [{ role: Role.Organizer, eventId: 'e1' }])

    expect(router.currentRoute.value.name).toBe('shell-not-allowed')
  })
})
