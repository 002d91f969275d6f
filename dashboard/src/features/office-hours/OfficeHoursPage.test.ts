import { ErrorCode } from '@conduct-desk/shared'
import { flushPromises, type DOMWrapper, type VueWrapper } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { OfficeHoursWindowFieldsFragment } from '@/graphql/generated/graphql'
import { organizerInSetup } from '@/testing/fixtures'
import { mountApp } from '@/testing/mount-app'
import { usePageClock, plain } from '@/testing/page-clock'
import { graphqlError, sentVariables, stubGraphql } from '@/testing/stub-graphql'

usePageClock('2026-05-20T09:00:00Z')

// 10:00–11:10 in Lisbon (UTC+1 in June): three 20-minute meetings, 5 minutes apart.
const slot = (
  id: string,
  start: string,
  end: string,
  state: Partial<{ isBooked: boolean; isBlocked: boolean }>,
) => ({
  id,
  startsAt: `2026-06-03T${start}:00.000Z`,
  endsAt: `2026-06-03T${end}:00.000Z`,
  isBooked: false,
  isBlocked: false,
  ...state,
})

function officeHours(
  overrides: Partial<OfficeHoursWindowFieldsFragment> = {},
): OfficeHoursWindowFieldsFragment {
  return {
    id: 'w1',
    localDate: '2026-06-03',
    from: '10:00',
    to: '11:10',
    slotMinutes: 20,
    bufferMinutes: 5,
    place: 'Room 2.14',
    contactId: 'c1',
    respondersPerSlot: 2,
    slots: [
      slot('s1', '09:00', '09:20', {}),
      slot('s2', '09:25', '09:45', { isBooked: true }),
      slot('s3', '09:50', '10:10', { isBlocked: true }),
    ],
    ...overrides,
  }
}

function stub(handlers: Record<string, (variables: Record<string, unknown>) => object> = {}) {
  const state = { windows: [officeHours()] }
  const fetchMock = stubGraphql({
    ...organizerInSetup(),
    OfficeHoursSetup: () => ({
      data: {
        event: {
          id: 'e1',
          quietRoom: { location: 'Room 2.14' },
          contacts: [{ id: 'c1', name: 'Amara Okafor' }],
        },
        officeHourWindows: state.windows,
      },
    }),
    ...handlers,
  })
  return { fetchMock, state }
}

const button = (wrapper: VueWrapper, name: string): DOMWrapper<HTMLButtonElement> => {
  const found = wrapper
    .findAll('button')
    .find(
      entry =>
        plain(
          entry.find('.visually-hidden').exists() ? entry.get('.visually-hidden').text() : entry.text(),
        ) === name,
    )
  if (found === undefined) {
    throw new Error(
      `no button ${name} in ${wrapper
        .findAll('button')
        .map(entry => plain(entry.text()))
        .join(' | ')}`,
    )
  }
  return found as DOMWrapper<HTMLButtonElement>
}

describe('OfficeHoursPage', () => {
  it('lists the office hours by day, each meeting free, booked or blocked in words', async () => {
    stub()
    const { wrapper } = await mountApp('/events/e1/setup/office-hours')

    expect(wrapper.get('h2').text()).toBe('Office hours')
    const day = wrapper.get('section[aria-labelledby="office-hours-day-2026-06-03"]')
    expect(day.get('h4').text()).toBe('Wednesday, June 3')
    const item = day.get('article')
    expect(plain(item.get('h5').text())).toBe('10:00 – 11:10 AM')
    expect(item.text()).toContain('Two responders')
    expect(item.text()).toContain('Amara Okafor')
    expect(item.text()).toContain('Room 2.14')
    expect(item.text()).toContain('1 free, 1 booked, 1 blocked')

    const chips = item.findAll('li')
    expect(
      chips.map(li =>
        plain(li.text().replace(li.find('button').exists() ? li.get('button').text() : '', '')),
      ),
    ).toEqual(['10:00 – 10:20 AM ○ Free', '10:25 – 10:45 AM ● Booked', '10:50 – 11:10 AM ⊘ Blocked'])
    // A button to block each free meeting and to unblock each blocked one; none on a booked one.
    expect(
      chips.map(li => (li.find('button').exists() ? plain(li.get('.visually-hidden').text()) : null)),
    ).toEqual([
      'Block 10:00 – 10:20 AM on Wednesday, June 3',
      null,
      'Unblock 10:50 – 11:10 AM on Wednesday, June 3',
    ])
  })

  it('blocks a free meeting and says so in a status that takes focus', async () => {
    const { fetchMock, state } = stub({
      OfficeHoursSetSlotBlocked: () => {
        state.windows = [
          officeHours({ slots: state.windows[0]!.slots.map(entry => ({ ...entry, isBlocked: true })) }),
        ]
        return { data: { setSlotBlocked: true } }
      },
    })
    const { wrapper } = await mountApp('/events/e1/setup/office-hours')

    await button(wrapper, 'Block 10:00 – 10:20 AM on Wednesday, June 3').trigger('click')
    await flushPromises()

    const blockCall = fetchMock.mock.calls.findIndex(call => String(call[1]?.body).includes('setSlotBlocked'))
    expect(sentVariables(fetchMock, blockCall)).toEqual({
      input: { eventId: 'e1', slotId: 's1', isBlocked: true },
    })
    const status = wrapper.get('article [role="status"]')
    expect(plain(status.text())).toBe('10:00 – 10:20 AM on Wednesday, June 3 is blocked: nobody can book it.')
    expect(document.activeElement).toBe(status.element)
    expect(plain(wrapper.get('article li').text())).toContain('Blocked')
    expect(button(wrapper, 'Unblock 10:00 – 10:20 AM on Wednesday, June 3').exists()).toBe(true)
  })

  it('keeps office hours with a booked meeting and says why', async () => {
    const { fetchMock } = stub({
      OfficeHoursDeleteWindow: () => graphqlError(ErrorCode.Conflict, {}, 'Some of these slots are booked.'),
    })
    const { wrapper } = await mountApp('/events/e1/setup/office-hours')

    await button(wrapper, 'Remove these office hours: Wednesday, June 3, 10:00 – 11:10 AM').trigger('click')
    const confirm = wrapper.get('[role="group"]')
    expect(plain(confirm.text())).toContain('Remove the office hours on Wednesday, June 3, 10:00 – 11:10 AM?')
    await button(wrapper, 'Yes, remove').trigger('click')
    await flushPromises()

    expect(sentVariables(fetchMock, -2)).toEqual({ eventId: 'e1', windowId: 'w1' })
    const alert = wrapper.get('article [role="alert"]')
    expect(alert.text()).toBe(
      'Some of these meetings are booked, so these office hours stay. Block the free meetings instead, or have the booked ones cancelled or moved first.',
    )
    expect(document.activeElement).toBe(alert.element)
    expect(wrapper.findAll('article')).toHaveLength(1)
  })

  it('previews the meetings as the form is filled in and sends them in the event’s terms', async () => {
    const { fetchMock, state } = stub({
      OfficeHoursCreateWindow: variables => {
        const input = variables['input'] as Record<string, unknown>
        const made = officeHours({ id: 'w2', localDate: String(input['localDate']), contactId: null })
        state.windows = [...state.windows, made]
        return { data: { createOfficeHourWindow: made } }
      },
    })
    const { wrapper } = await mountApp('/events/e1/setup/office-hours')

    const form = wrapper.get('form')
    const selects = form.findAll('select')
    await selects[0]!.setValue('2026-06-04')
    const inputs = form.findAll('input')
    await inputs[0]!.setValue('14:00')
    await inputs[1]!.setValue('15:00')
    await inputs[2]!.setValue('25')
    await inputs[3]!.setValue('5')
    expect(inputs[4]!.element.value).toBe('Room 2.14')
    await form.get('input[type="radio"][value="2"]').setValue(true)

    const preview = form.get('section')
    expect(plain(preview.get('[aria-live="polite"]').text())).toBe('2 meetings, Europe/Lisbon time:')
    expect(preview.findAll('li').map(li => plain(li.text()))).toEqual(['2:00 – 2:25 PM', '2:30 – 2:55 PM'])

    await form.trigger('submit')
    await flushPromises()

    const createCall = fetchMock.mock.calls.findIndex(call =>
      String(call[1]?.body).includes('createOfficeHourWindow'),
    )
    expect(sentVariables(fetchMock, createCall)).toEqual({
      input: {
        eventId: 'e1',
        localDate: '2026-06-04',
        from: '14:00',
        to: '15:00',
        slotMinutes: 25,
        bufferMinutes: 5,
        place: 'Room 2.14',
        contactId: null,
        respondersPerSlot: 2,
      },
    })
    expect(form.get('[role="status"]').text()).toBe('Office hours added on Thursday, June 4: 3 meetings.')
    expect(wrapper.findAll('section[aria-labelledby^="office-hours-day-"] h4').map(h => h.text())).toEqual([
      'Wednesday, June 3',
      'Thursday, June 4',
    ])
  })

  it('refuses a window where no meeting fits, at the end time', async () => {
    const { fetchMock } = stub()
    const { wrapper } = await mountApp('/events/e1/setup/office-hours')
    const calls = fetchMock.mock.calls.length

    const inputs = wrapper.get('form').findAll('input')
    await inputs[0]!.setValue('14:00')
    await inputs[1]!.setValue('14:10')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(fetchMock.mock.calls.length).toBe(calls)
    expect(inputs[1]!.attributes('aria-invalid')).toBe('true')
    expect(document.activeElement).toBe(inputs[1]!.element)
    expect(wrapper.text()).toContain('No meeting fits between these times.')
  })

  it('points out office hours already set at the same time on that day', async () => {
    stub()
    const { wrapper } = await mountApp('/events/e1/setup/office-hours')

    const form = wrapper.get('form')
    await form.findAll('select')[0]!.setValue('2026-06-03')
    await form.findAll('input')[0]!.setValue('11:00')
    await form.findAll('input')[1]!.setValue('12:00')

    expect(plain(form.get('.office-hours-preview__overlap').text())).toBe(
      '⚠ These hours overlap office hours already set on this day (10:00 – 11:10 AM). Add them anyway only if two people hold meetings at the same time.',
    )
  })
})
